import * as z from 'zod'
import { textSchema } from '../common'
import { fileIdSchema } from '../files'
import { optionalTextSchema } from '../validation/optional-text'
import { linkUrlSchema } from './allowed-links'

/**
 * Article bodies are a list of typed blocks, never HTML or markdown: the client renders each block
 * with plain text nodes, so no stored text can inject markup, scripts or outside images. Links go
 * only to allowed official sites and images only to the bureau's own cloud storage.
 */
export const BLOCK_TYPES = ['paragraph', 'heading', 'list', 'link', 'image'] as const
export type BlockType = (typeof BLOCK_TYPES)[number]

export const MAX_BODY_BLOCKS = 200
export const MAX_BODY_CHARS = 20_000

const singleLine = (label: string, max: number) =>
  textSchema(label, max).refine((text) => !/[\r\n]/.test(text), { message: `${label}不能换行` })

export const blockInputSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('paragraph'), text: textSchema('段落', 2000).transform((t) => t.replace(/\r\n?/g, '\n')) }),
    z.object({ type: z.literal('heading'), text: singleLine('小标题', 60) }),
    z.object({
      type: z.literal('list'),
      ordered: z.boolean(),
      items: z
        .array(singleLine('列表项', 500))
        .min(1, { message: '列表至少要有一项' })
        .max(50, { message: '列表最多 50 项' }),
    }),
    z.object({ type: z.literal('link'), text: singleLine('链接文字', 60), url: linkUrlSchema }),
    z.object({ type: z.literal('image'), fileId: fileIdSchema, caption: optionalTextSchema('图片说明', 60) }),
  ],
  { message: '正文中有无法识别的段落类型' },
)
export type BlockInput = z.input<typeof blockInputSchema>

/** Characters of text a body holds, for the overall length limit and for search. */
export function blockTexts(block: z.output<typeof blockInputSchema> | Block): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [block.text]
    case 'list':
      return block.items
    case 'link':
      return [block.text]
    case 'image':
      return block.caption ? [block.caption] : []
  }
}

export const bodyInputSchema = z
  .array(blockInputSchema, { message: '请填写正文' })
  .min(1, { message: '请填写正文' })
  .max(MAX_BODY_BLOCKS, { message: `正文最多 ${MAX_BODY_BLOCKS} 段` })
  .refine((blocks) => blocks.flatMap(blockTexts).join('').length <= MAX_BODY_CHARS, {
    message: `正文不能超过 ${MAX_BODY_CHARS} 字，请精简或拆成多篇`,
  })

/**
 * The stored shape as answers carry it: looser than the input (plain strings), so tightening an
 * input rule later never makes already published articles unreadable.
 */
export const blockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: z.string() }),
  z.object({ type: z.literal('heading'), text: z.string() }),
  z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(z.string()) }),
  z.object({ type: z.literal('link'), text: z.string(), url: z.string() }),
  z.object({ type: z.literal('image'), fileId: z.string(), caption: z.string().nullable() }),
])
export type Block = z.infer<typeof blockSchema>
