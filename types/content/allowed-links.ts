import * as z from 'zod'

/**
 * Sites content may link to: official and intergovernmental sources only, so a published article
 * can never send enterprises to an arbitrary page. A link is allowed when its host is one of these
 * domains or a subdomain of one, or sits under a government suffix below.
 * The mini program opens none of them itself (that would need each in its business-domain list):
 * the page copies the address for the user.
 */
export const ALLOWED_LINK_DOMAINS = [
  // China
  'gov.cn',
  'ccpit.org',
  // Intergovernmental
  'wipo.int',
  'wto.org',
  'europa.eu',
  'epo.org',
  'oecd.org',
  'aripo.org',
  'oapi.int',
  'asean.org',
  'apec.org',
  // IP offices and trade bodies whose sites sit outside a government suffix
  'dpma.de',
  'inpi.fr',
  'prv.se',
  'dkpto.dk',
  'patentstyret.no',
  'prh.fi',
  'boip.int',
  'ige.ch',
  'uibm.gov.it',
  'oepm.es',
  'rospatent.gov.ru',
  'jpo.go.jp',
  'kipo.go.kr',
  'ipaustralia.gov.au',
  'iponz.govt.nz',
  'ipos.gov.sg',
  'ipophil.gov.ph',
  'dgip.go.id',
  'myipo.gov.my',
  'ipindia.gov.in',
  'inpi.gov.br',
  'impi.gob.mx',
  'cipc.co.za',
  'ipd.gov.hk',
  'tipo.gov.tw',
  'canada.ca',
] as const

/**
 * Government namespaces worldwide: `.gov` and `.mil` (United States: usitc.gov, uspto.gov, cbp.gov,
 * ustr.gov), the country second levels reserved for government — gov.xx (gov.uk, gov.in, gov.br …),
 * gob.xx (gob.mx, gob.es …), gouv.xx (gouv.fr …) — and the named ones below. Only second levels a
 * registry reserves for government: `admin.io` or `go.xx` in an open registry must not pass.
 */
const GOVERNMENT_HOST =
  /(^|\.)(gov|mil)$|(^|\.)(gov|gob|gouv)\.[a-z]{2}$|(^|\.)(go\.(jp|kr|id|th|ke|tz|ug|cr)|govt\.nz|gc\.ca|admin\.ch|gv\.at|bund\.de)$/

// No URL class: it does not exist in the mini program's JavaScript runtime, and this file runs there.
const HTTPS_URL = /^https:\/\/([a-z0-9.-]+)(?::\d{1,5})?(?:[/?#][^\s]*)?$/

export function linkHost(url: string): string | null {
  const match = HTTPS_URL.exec(url.trim().toLowerCase())
  return match ? match[1] : null
}

export function isAllowedLink(url: string): boolean {
  const host = linkHost(url)
  if (!host) return false
  if (GOVERNMENT_HOST.test(host)) return true
  return ALLOWED_LINK_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`))
}

export const allowedLinkSchema = z
  .string({ message: '请填写链接地址' })
  .trim()
  .max(500, { message: '链接地址不能超过 500 个字符' })
  .refine((url) => linkHost(url) !== null, { message: '链接地址格式不正确，应以 https:// 开头', abort: true })
  .refine(isAllowedLink, { message: '只能链接政府、知识产权局或国际组织的官方网站（如 cnipa.gov.cn、wipo.int、usitc.gov）' })
