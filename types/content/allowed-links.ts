import { z } from 'zod'

/**
 * Sites content may link to: official and intergovernmental sources only, so a published article
 * can never send enterprises to an arbitrary page. A link is allowed when its host is one of these
 * domains or a subdomain of one (gov.cn covers cnipa.gov.cn, mofcom.gov.cn, the city's own sites …).
 * The mini program opens none of them itself (that would need each in its business-domain list):
 * the page copies the address for the user.
 */
export const ALLOWED_LINK_DOMAINS = [
  'gov.cn',
  'wipo.int',
  'wto.org',
  'europa.eu',
  'uspto.gov',
  'gov.uk',
  'jpo.go.jp',
  'kipo.go.kr',
  'ipaustralia.gov.au',
  'ccpit.org',
] as const

// No URL class: it does not exist in the mini program's JavaScript runtime, and this file runs there.
const HTTPS_URL = /^https:\/\/([a-z0-9.-]+)(?::\d{1,5})?(?:[/?#][^\s]*)?$/

export function linkHost(url: string): string | null {
  const match = HTTPS_URL.exec(url.trim().toLowerCase())
  return match ? match[1] : null
}

export function isAllowedLink(url: string): boolean {
  const host = linkHost(url)
  if (!host) return false
  return ALLOWED_LINK_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`))
}

export const allowedLinkSchema = z
  .string({ message: '请填写链接地址' })
  .trim()
  .max(500, { message: '链接地址不能超过 500 个字符' })
  .refine((url) => linkHost(url) !== null, { message: '链接地址格式不正确，应以 https:// 开头', abort: true })
  .refine(isAllowedLink, { message: '只能链接政府或国际组织的官方网站（如 cnipa.gov.cn、wipo.int）' })
