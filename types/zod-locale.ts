import * as z from 'zod'
import type { $ZodRawIssue } from 'zod/v4/core'

type RawIssue = $ZodRawIssue

const FORMAT_NAMES: Record<string, string> = {
  email: '邮箱地址',
  url: '网址',
  datetime: '日期时间',
  date: '日期',
  time: '时间',
  uuid: '编号',
  regex: '内容',
}

function bound(origin: string | undefined, limit: number | bigint, inclusive: boolean | undefined, more: boolean): string {
  const n = Number(limit)
  switch (origin) {
    case 'string':
      return more ? `不能超过 ${inclusive === false ? n - 1 : n} 个字` : `至少填写 ${inclusive === false ? n + 1 : n} 个字`
    case 'array':
    case 'set':
      return more ? `最多选择 ${n} 项` : `至少选择 ${n} 项`
    case 'date':
      return more ? '日期太晚了，请重新选择' : '日期太早了，请重新选择'
    default:
      return more ? `不能大于 ${n}` : `不能小于 ${n}`
  }
}

/**
 * The message of every check whose schema gives none, in plain Chinese that says what to do —
 * never a type name ("string", "number") or zod's own wording. The field's label is shown next to
 * it by the form, so messages do not repeat it.
 */
export function chineseIssueMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? '请填写此项' : '填写的内容格式不正确，请重新填写'
    case 'too_small':
      return bound(issue.origin, issue.minimum, issue.inclusive, false)
    case 'too_big':
      return bound(issue.origin, issue.maximum, issue.inclusive, true)
    case 'invalid_format':
      return `${FORMAT_NAMES[issue.format] ?? '内容'}格式不正确，请检查`
    case 'not_multiple_of':
      return '数值不正确，请检查'
    case 'invalid_value':
      return '请从给出的选项中选择'
    case 'unrecognized_keys':
      return '提交的内容包含多余的项目，请刷新页面后重试'
    default:
      return '填写的内容不正确，请检查'
  }
}

/**
 * Default zod messages in Simplified Chinese, for the checks whose schema gives no message of its
 * own. Imported once by each side's entry (client app, function dispatcher).
 */
export function useChineseZodMessages(): void {
  z.config({ localeError: (issue) => chineseIssueMessage(issue) })
}
