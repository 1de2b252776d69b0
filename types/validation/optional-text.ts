import * as z from 'zod'

/**
 * Optional free text: trimmed, bounded, line breaks stored as "\n" whatever the source (forms,
 * Excel, Windows files); an empty answer is stored as null, not as "".
 */
export function optionalTextSchema(label: string, max: number) {
  return z
    .string({ message: `${label}应为文字` })
    .trim()
    .max(max, { message: `${label}不能超过 ${max} 个字` })
    .nullable()
    .transform((value) => (value ? value.replace(/\r\n?/g, '\n') : null))
}
