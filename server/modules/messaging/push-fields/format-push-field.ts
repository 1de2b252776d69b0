import { dayjs, inShanghai } from '../../../../types/time'
import { cleanText, truncateGraphemes } from './graphemes'

/**
 * The keyword types of subscribe-message data and WeChat's value rules for each:
 *  thing ≤ 20 characters · phrase ≤ 5 Chinese characters only · name ≤ 10 Chinese (mixed text counts
 *  as Chinese) or ≤ 20 letters/symbols, no digits · character_string / number / letter ≤ 32 ·
 *  symbol ≤ 5 · phone_number ≤ 17 digits/symbols · time / date in fixed 24-hour formats.
 * A data key names its type: "thing3", "character_string12".
 */
export const KEYWORD_TYPES = [
  'thing',
  'phrase',
  'name',
  'character_string',
  'number',
  'letter',
  'symbol',
  'phone_number',
  'time',
  'date',
] as const
export type KeywordType = (typeof KEYWORD_TYPES)[number]

const DATA_KEY = new RegExp(`^(${KEYWORD_TYPES.join('|')})(\\d{1,3})$`)

/** The keyword type a data key declares ("thing3" → thing), or null if it names no supported type. */
export function keywordTypeOf(dataKey: string): KeywordType | null {
  const match = DATA_KEY.exec(dataKey)
  return match ? (match[1] as KeywordType) : null
}

/** A value that cannot be made valid for its type without changing its meaning. */
export class PushFieldError extends Error {
  constructor(
    readonly type: KeywordType,
    readonly reason: string,
  ) {
    super(`${type}: ${reason}`)
    this.name = 'PushFieldError'
  }
}

export type PushFieldValue = string | number

const HAN = /\p{Script=Han}/u
const NOT_HAN = /[^\p{Script=Han}]/gu
const PICTOGRAPHIC = /[\p{Extended_Pictographic}\u200D\uFE0F\u20E3]/gu

/** Text types are shortened (with an ellipsis where a reader would expect one); values that carry
 * meaning in every character — numbers, phone numbers, instants — are refused instead. */
export function formatPushField(type: KeywordType, raw: PushFieldValue): string {
  const value = format(type, raw)
  if (value === '') throw new PushFieldError(type, 'empty after formatting')
  return value
}

function format(type: KeywordType, raw: PushFieldValue): string {
  const text = cleanText(String(raw))
  switch (type) {
    case 'thing':
      return truncateGraphemes(text, 20, '…')
    case 'phrase':
      // "5 个以内纯汉字": anything else (digits, punctuation, an ellipsis) is rejected by WeChat.
      return truncateGraphemes(text.replace(NOT_HAN, ''), 5)
    case 'name':
      return formatName(text)
    case 'character_string':
      return truncateGraphemes(text.replace(/[^\x21-\x7E]/g, ''), 32)
    case 'letter':
      return truncateGraphemes(text.replace(/[^A-Za-z]/g, ''), 32)
    case 'symbol':
      return truncateGraphemes(text.replace(/[^\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]/g, ''), 5)
    case 'number':
      if (!/^[+-]?\d+(\.\d+)?$/.test(text) || text.length > 32) throw new PushFieldError(type, 'not a number of at most 32 characters')
      return text
    case 'phone_number': {
      const phone = text.replace(/\s/g, '')
      if (!/^[0-9+\-()]+$/.test(phone) || phone.length > 17) throw new PushFieldError(type, 'not a phone number of at most 17 characters')
      return phone
    }
    case 'time':
      return formatInstant(type, raw, 'YYYY年M月D日 HH:mm')
    case 'date':
      return formatInstant(type, raw, 'YYYY年M月D日')
  }
}

/**
 * Formatted instants by (type, raw value). Each one goes through the timezone database (about a
 * millisecond on a busy machine), and a fan-out's pushes repeat the same few instants (the alert's
 * publishedAt) thousands of times. Only valid values are kept; the map is bounded.
 */
const formattedInstants = new Map<string, string>()
const FORMATTED_INSTANTS_KEPT = 1000

function formatInstant(type: 'time' | 'date', raw: PushFieldValue, pattern: string): string {
  const key = `${type}|${typeof raw}|${raw}`
  let formatted = formattedInstants.get(key)
  if (formatted === undefined) {
    formatted = instant(type, raw).format(pattern)
    if (formattedInstants.size >= FORMATTED_INSTANTS_KEPT) formattedInstants.clear()
    formattedInstants.set(key, formatted)
  }
  return formatted
}

/** "中文名 10 个汉字内；纯英文名 20 个字母内；中文和字母混合按中文名算"; digits are refused by WeChat. */
function formatName(text: string): string {
  const name = cleanText(text.replace(PICTOGRAPHIC, '').replace(/[0-9０-９]/g, ''))
  return truncateGraphemes(name, HAN.test(name) ? 10 : 20)
}

/** An instant (ISO-8601 string or epoch milliseconds) shown in Asia/Shanghai. */
function instant(type: KeywordType, raw: PushFieldValue): ReturnType<typeof inShanghai> {
  const parsed = typeof raw === 'number' ? dayjs(raw) : dayjs(String(raw))
  if (!parsed.isValid() || (typeof raw === 'string' && !/^\d{4}-\d{2}-\d{2}T/.test(raw))) {
    throw new PushFieldError(type, 'not an ISO-8601 instant')
  }
  return inShanghai(parsed.valueOf())
}

