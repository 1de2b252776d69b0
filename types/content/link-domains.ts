import * as z from 'zod'
import { instantSchema, textSchema } from '../common'
import { defineAction } from '../contract'
import { FUNCTION_NAMES } from '../function-names'

/**
 * The allow-list of sites content may link to, kept as data by staff. An entry is a domain suffix:
 * `usitc.gov` allows usitc.gov and www.usitc.gov; `gov` allows every .gov host; `gov.*` allows
 * gov.<any two-letter country code> (gov.uk, gov.in …) — the only wildcard, and only after a
 * label that registries reserve for government (gov, gob, gouv).
 */
export const WILDCARD_LABELS = ['gov', 'gob', 'gouv'] as const
/** Top levels whose registries admit only governments and treaty bodies: the only one-label suffixes. */
export const RESERVED_TOP_LEVELS = ['gov', 'mil', 'int'] as const

// No lookbehind: older iOS JavaScript engines in WeChat reject it.
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/

/**
 * Staff paste what they have — often a whole address — so the scheme, `www.` or `*.`, a path and
 * a trailing dot are dropped before the rules apply (a suffix covers its subdomains anyway).
 */
export function normalizeDomainInput(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#:].*$/, '')
    .replace(/^(www|\*)\./, '')
    .replace(/\.$/, '')
}

/** Why a normalized suffix cannot be an entry, or null when it can. */
export function domainSuffixProblem(domain: string): string | null {
  if (domain === '') return '请填写域名，例如 usitc.gov'
  if (domain.length > 253) return '域名过长，请核对'
  const labels = domain.split('.')
  const last = labels[labels.length - 1]
  if (domain.includes('*')) {
    if (labels.length === 2 && last === '*' && (WILDCARD_LABELS as readonly string[]).includes(labels[0])) return null
    return '「*」只能用于 gov.*、gob.*、gouv.*（各国政府域名）'
  }
  if (!labels.every((label) => LABEL.test(label))) return '域名格式不正确，只能包含字母、数字、连字符和点，例如 usitc.gov'
  if (/^\d+$/.test(last)) return '请填写域名，不能填写 IP 地址'
  if (labels.length === 1 && !(RESERVED_TOP_LEVELS as readonly string[]).includes(domain)) {
    return '不能只填顶级域名（如 com、org），请填写完整域名，例如 wipo.int'
  }
  return null
}

export const linkDomainInputSchema = z
  .string({ message: '请填写域名，例如 usitc.gov' })
  .max(300, { message: '域名过长，请核对' })
  .transform(normalizeDomainInput)
  .superRefine((domain, ctx) => {
    const problem = domainSuffixProblem(domain)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })

export const linkDomainSchema = z.object({
  domain: z.string(),
  note: z.string(),
  /** Part of the shipped default list (staff may still remove it). */
  isDefault: z.boolean(),
  updatedAt: instantSchema,
})
export type LinkDomain = z.infer<typeof linkDomainSchema>

/** Where a host stands against one suffix entry. */
export function hostMatchesSuffix(host: string, suffix: string): boolean {
  if (suffix.endsWith('.*')) {
    const label = suffix.slice(0, -2)
    return new RegExp(`(^|\\.)${label}\\.[a-z]{2}$`).test(host)
  }
  return host === suffix || host.endsWith(`.${suffix}`)
}

const fn = FUNCTION_NAMES.directory

/** Every allowed suffix, alphabetical (the list is small: one read). */
export const listLinkDomains = defineAction({
  functionName: fn,
  action: 'listLinkDomains',
  input: z.object({}),
  output: z.object({ domains: z.array(linkDomainSchema) }),
})

/** Adds a suffix (or brings a removed one back). Adding one already on the list changes nothing. */
export const addLinkDomain = defineAction({
  functionName: fn,
  action: 'addLinkDomain',
  input: z.object({ domain: linkDomainInputSchema, note: textSchema('说明', 60, 2) }),
  output: z.object({ domain: linkDomainSchema, alreadyListed: z.boolean() }),
})

/** Removes a suffix: links to it are refused from the next save or publication on. */
export const removeLinkDomain = defineAction({
  functionName: fn,
  action: 'removeLinkDomain',
  input: z.object({ domain: linkDomainInputSchema }),
  output: z.object({ domain: z.string(), wasListed: z.boolean() }),
})
