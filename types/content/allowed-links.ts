import * as z from 'zod'
import { hostMatchesSuffix } from './link-domains'

/**
 * Links in content go only to official and intergovernmental sources, so a published article can
 * never send enterprises to an arbitrary page. Which sites those are is data staff maintain (the
 * link allow-list, see link-domains.ts): the contract checks the form of an address, the content
 * service checks its host against the stored list. The mini program opens none of them itself
 * (that would need each in its business-domain list): the page copies the address for the user.
 */

// No URL class: it does not exist in the mini program's JavaScript runtime, and this file runs there.
const HTTPS_URL = /^https:\/\/([a-z0-9.-]+)(?::\d{1,5})?(?:[/?#][^\s]*)?$/

export function linkHost(url: string): string | null {
  const match = HTTPS_URL.exec(url.trim().toLowerCase())
  return match ? match[1] : null
}

/** The link's host is one of the allowed suffixes (or below one). */
export function isAllowedLink(url: string, suffixes: readonly string[]): boolean {
  const host = linkHost(url)
  if (!host) return false
  return suffixes.some((suffix) => hostMatchesSuffix(host, suffix))
}

export const NOT_ALLOWED_LINK_MESSAGE = '只能链接政府、知识产权局或国际组织的官方网站；该网站不在允许列表中，请联系管理员在「链接允许列表」中添加'

export const linkUrlSchema = z
  .string({ message: '请填写链接地址' })
  .trim()
  .max(500, { message: '链接地址不能超过 500 个字符' })
  .refine((url) => linkHost(url) !== null, { message: '链接地址格式不正确，应以 https:// 开头' })
