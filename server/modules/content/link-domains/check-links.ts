import { isAllowedLink, linkHost } from '../../../../types/content/allowed-links'
import type { Block } from '../../../../types/content/blocks'
import type { FieldIssue } from '../../../../types/envelope'
import { AppError } from '../../../core/app-error'

interface LinkBearing {
  sourceUrl: string | null
  body: ReadonlyArray<Block>
}

const NOT_ALLOWED = '不在链接允许列表中'

export function notAllowedMessage(url: string): string {
  return `「${linkHost(url) ?? url}」${NOT_ALLOWED}：只能链接政府、知识产权局或国际组织的官方网站。如确属官方来源，请先在「链接允许列表」中添加该域名`
}

/** Every link of an item that the list does not allow, as field issues under `prefix`. */
export function disallowedLinks(item: LinkBearing, suffixes: readonly string[], prefix: Array<string | number> = []): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (item.sourceUrl && !isAllowedLink(item.sourceUrl, suffixes)) {
    issues.push({ path: [...prefix, 'sourceUrl'], message: notAllowedMessage(item.sourceUrl) })
  }
  item.body.forEach((block, index) => {
    if (block.type === 'link' && !isAllowedLink(block.url, suffixes)) {
      issues.push({ path: [...prefix, 'body', index, 'url'], message: notAllowedMessage(block.url) })
    }
  })
  return issues
}

/** Refuses an item with any link outside the list, naming the first one. */
export function assertLinksAllowed(item: LinkBearing, suffixes: readonly string[], prefix: Array<string | number> = []): void {
  const issues = disallowedLinks(item, suffixes, prefix)
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', issues[0].message, issues)
}

/** The domains an `assertLinksAllowed` refusal names, each once (empty for any other error). */
export function refusedLinkHosts(error: AppError): string[] {
  if (error.code !== 'VALIDATION_FAILED') return []
  const hosts = (error.issues ?? [])
    .filter((issue) => issue.message.includes(NOT_ALLOWED))
    .map((issue) => /^「(.+?)」/.exec(issue.message)?.[1] ?? '')
    .filter((host) => host !== '')
  return [...new Set(hosts)]
}
