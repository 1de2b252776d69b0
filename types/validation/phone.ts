/**
 * Contact phone numbers of agencies: a mobile number, a landline with area code (and optional
 * extension), or a 400/800 service number. Stored in one normalized form so tap-to-call and CSV
 * round-trips agree: 13800138000, 0374-1234567, 0374-1234567-808, 400-123-4567.
 */
export const PHONE_HINT = '请填写 11 位手机号码或带区号的座机号码，如 0374-1234567（分机写在后面：0374-1234567-808）'

const MOBILE = /^1[3-9]\d{9}$/
// Three-digit area codes are 010 and 020–029; every other one has four digits.
const SHORT_AREA = /^0[12]\d$/

function splitLandline(digits: string): [area: string, local: string] | null {
  const areaLength = SHORT_AREA.test(digits.slice(0, 3)) ? 3 : 4
  const area = digits.slice(0, areaLength)
  const local = digits.slice(areaLength)
  if (!/^0\d{2,3}$/.test(area) || !/^[1-9]\d{6,7}$/.test(local)) return null
  return [area, local]
}

/** The normalized number, or null when the text is not a phone number we can dial. */
export function normalizePhone(raw: string): string | null {
  const text = raw
    .trim()
    .replace(/[（(]/g, '-')
    .replace(/[）)]/g, '-')
    .replace(/[—－–]/g, '-')
    .replace(/(转|分机|ext\.?|x)/gi, '-')
    .replace(/^\+?86(?=[\s-]|1[3-9]|0)/, '')
  const groups = text.split(/[\s-]+/).filter(Boolean)
  if (groups.length === 0 || groups.some((g) => !/^\d+$/.test(g))) return null
  const joined = groups.join('')

  if (MOBILE.test(joined)) return joined
  if (/^[48]00\d{7}$/.test(joined)) return `${joined.slice(0, 3)}-${joined.slice(3, 6)}-${joined.slice(6)}`
  if (!joined.startsWith('0')) return null

  // Either "area-local[-ext]" or "arealocal[-ext]".
  let area: string
  let local: string
  let rest: string[]
  if (groups[0].length > 4) {
    const split = splitLandline(groups[0])
    if (!split) return null
    ;[area, local] = split
    rest = groups.slice(1)
  } else {
    if (groups.length < 2) return null
    const split = splitLandline(groups[0] + groups[1])
    if (!split || split[0] !== groups[0]) return null
    ;[area, local] = split
    rest = groups.slice(2)
  }
  if (rest.length > 1) return null
  if (rest.length === 1 && !/^\d{1,6}$/.test(rest[0])) return null
  return rest.length === 1 ? `${area}-${local}-${rest[0]}` : `${area}-${local}`
}

/** What `makePhoneCall` dials: the digits of the number without the extension. */
export function dialablePhone(normalized: string): string {
  const parts = normalized.split('-')
  if (/^0/.test(normalized) && parts.length === 3) return parts[0] + parts[1]
  return parts.join('')
}
