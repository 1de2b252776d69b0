import * as z from 'zod'

/** Working languages of experts (for matching an enterprise with someone who can talk to the foreign side). */
export const LANGUAGES = [
  { code: 'zh', name: '中文' },
  { code: 'en', name: '英语' },
  { code: 'ja', name: '日语' },
  { code: 'ko', name: '韩语' },
  { code: 'de', name: '德语' },
  { code: 'fr', name: '法语' },
  { code: 'es', name: '西班牙语' },
  { code: 'pt', name: '葡萄牙语' },
  { code: 'ru', name: '俄语' },
  { code: 'ar', name: '阿拉伯语' },
  { code: 'vi', name: '越南语' },
  { code: 'th', name: '泰语' },
  { code: 'id', name: '印尼语' },
  { code: 'ms', name: '马来语' },
  { code: 'it', name: '意大利语' },
  { code: 'other', name: '其他' },
] as const

export type LanguageCode = (typeof LANGUAGES)[number]['code']
const CODES = LANGUAGES.map((l) => l.code) as [LanguageCode, ...LanguageCode[]]
export const languageSchema = z.enum(CODES, { message: '请选择列表中的语言' })

const NAMES = new Map<string, string>(LANGUAGES.map((l) => [l.code, l.name]))
export function languageName(code: string): string {
  return NAMES.get(code) ?? code
}
