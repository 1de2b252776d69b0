import * as z from 'zod'

export const IP_TYPES = [
  { code: 'patent', name: '专利' },
  { code: 'trademark', name: '商标' },
  { code: 'copyright', name: '版权' },
  { code: 'trade_secret', name: '商业秘密' },
  { code: 'other', name: '其他' },
] as const

export type IpTypeCode = (typeof IP_TYPES)[number]['code']
const CODES = IP_TYPES.map((t) => t.code) as [IpTypeCode, ...IpTypeCode[]]
export const ipTypeSchema = z.enum(CODES, { message: '请选择知识产权类型' })

const NAMES = new Map<string, string>(IP_TYPES.map((t) => [t.code, t.name]))
export function ipTypeName(code: string): string {
  return NAMES.get(code) ?? code
}
