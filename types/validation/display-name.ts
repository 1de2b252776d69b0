import * as z from 'zod'

/**
 * Characters a name shown to other people must not contain: C0/C1 controls, and the invisible
 * format characters — zero-width spaces and joiners, the bidirectional overrides and isolates that
 * can make a name read backwards, the word joiner, soft hyphen, BOM, line/paragraph separators.
 * Written as explicit ranges (no \p{...}) so it runs the same in every mini-program JS engine.
 */
const INVISIBLE_OR_CONTROL =
  /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/

export function hasInvisibleOrControl(text: string): boolean {
  return INVISIBLE_OR_CONTROL.test(text)
}

/**
 * A name people see (nickname, liaison, expert, enterprise, agency): Unicode NFC so the same name
 * is the same text, trimmed, and refused when empty or carrying invisible or control characters.
 */
export function displayNameSchema(label: string, max: number, min = 1) {
  return z
    .string({ message: `请填写${label}` })
    .normalize('NFC')
    .trim()
    .min(1, { message: `请填写${label}`, abort: true })
    .refine((value) => !hasInvisibleOrControl(value), { message: `${label}含有不可见字符或控制字符，请删除后重新输入`, abort: true })
    .refine((value) => value.length >= min, { message: `${label}至少 ${min} 个字` })
    .refine((value) => value.length <= max, { message: `${label}不能超过 ${max} 个字` })
}
