import * as z from 'zod'
import type { SubscribeTemplate } from '../../../types/messaging/schemas'
import {
  TEMPLATE_KEYS,
  templateIdSchema,
  templateKeySchema,
  templateKindSchema,
  type TemplateKey,
  type TemplateKind,
} from '../../../types/messaging/template-keys'
import { keywordTypeOf } from './push-fields/format-push-field'
import developmentTemplates from './development-templates.json'

/**
 * Built on first use, not at load: every function's entry imports this module, and the schema
 * is needed only when the first request sets up the runtime (issue 10, cold start).
 */
function buildTemplateConfigSchema() {
  const payloadFieldSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/)

  /**
   * Where one data key's value comes from: a payload field ("title"), a payload field with a
   * fallback for when it is missing or empty, or fixed text.
   */
  const fieldSourceSchema = z.union([
    payloadFieldSchema.transform((from) => ({ from, fallback: undefined as string | undefined })),
    z.strictObject({ from: payloadFieldSchema, fallback: z.string().min(1).optional() }),
    z.strictObject({ text: z.string().min(1) }),
  ])

  const templateSchema = z.strictObject({
    templateId: templateIdSchema,
    kind: templateKindSchema,
    /** Shown to the user before the WeChat popup, e.g. "预警信息提醒". */
    title: z.string().min(1).max(30),
    /** Page opened from the card; `{field}` is replaced by the URL-encoded payload value. */
    page: z.string().max(256).regex(/^[A-Za-z0-9_/-]+(\?.*)?$/).optional(),
    /** WeChat data key ("thing1", "time3": the key names its keyword type) → value source. */
    fields: z.record(z.string(), fieldSourceSchema).refine((f) => Object.keys(f).length > 0, { message: 'no fields' }),
  })

  return z
    .strictObject({
      /** developer / trial / formal: which build of the mini program a notification opens. */
      miniprogramState: z.enum(['developer', 'trial', 'formal']).default('formal'),
      templates: z.partialRecord(templateKeySchema, templateSchema),
    })
    .superRefine((config, ctx) => {
      const kindById = new Map<string, TemplateKind>()
      for (const [key, template] of Object.entries(config.templates)) {
        if (!template) continue
        for (const dataKey of Object.keys(template.fields)) {
          if (!keywordTypeOf(dataKey)) {
            ctx.addIssue({ code: 'custom', path: ['templates', key, 'fields', dataKey], message: `unsupported data key ${dataKey}` })
          }
        }
        // Two logical keys may share one WeChat template (and so one quota), never with two kinds.
        const seen = kindById.get(template.templateId)
        if (seen && seen !== template.kind) {
          ctx.addIssue({ code: 'custom', path: ['templates', key, 'kind'], message: 'same templateId configured with two kinds' })
        }
        kindById.set(template.templateId, template.kind)
      }
    })
}

let builtSchema: ReturnType<typeof buildTemplateConfigSchema> | undefined
export function templateConfigSchema(): ReturnType<typeof buildTemplateConfigSchema> {
  builtSchema ??= buildTemplateConfigSchema()
  return builtSchema
}

export type TemplateConfig = z.output<ReturnType<typeof buildTemplateConfigSchema>>
export type TemplateDefinition = NonNullable<TemplateConfig['templates'][TemplateKey]>
export type FieldSource = TemplateDefinition['fields'][string]

export const EMPTY_TEMPLATE_CONFIG: TemplateConfig = { miniprogramState: 'formal', templates: {} }

/**
 * The template configuration of this deployment: the JSON in `SUBSCRIBE_TEMPLATES` (set per
 * function in the CloudBase console, so template ids change without a release). Without it,
 * development uses development-templates.json (fake ids, the local messenger accepts them) and
 * production sends no pushes at all — every message still reaches the in-app message center.
 * A malformed configuration throws at start: silently dropping pushes would be worse.
 */
export function loadTemplateConfig(json: string | undefined, mode: 'development' | 'production'): TemplateConfig {
  if (json && json.trim()) return templateConfigSchema().parse(JSON.parse(json))
  if (mode === 'development') return templateConfigSchema().parse(developmentTemplates)
  console.warn('[messaging] SUBSCRIBE_TEMPLATES is not set: notifications go to the message center only')
  return EMPTY_TEMPLATE_CONFIG
}

export function templateFor(config: TemplateConfig, key: TemplateKey): TemplateDefinition | null {
  return config.templates[key] ?? null
}

/** Configured templates in a stable order, as the client needs them for wx.requestSubscribeMessage. */
export function listTemplates(config: TemplateConfig): SubscribeTemplate[] {
  return TEMPLATE_KEYS.flatMap((key) => {
    const t = config.templates[key]
    return t ? [{ key, templateId: t.templateId, kind: t.kind, title: t.title }] : []
  })
}

/** The first configured logical key using this WeChat template id, or null. */
export function keyForTemplateId(config: TemplateConfig, templateId: string): TemplateKey | null {
  return TEMPLATE_KEYS.find((key) => config.templates[key]?.templateId === templateId) ?? null
}
