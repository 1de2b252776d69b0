import * as z from 'zod'

/** Industries of the city's exporting enterprises (发制品 — hair products — is the largest). */
export const INDUSTRIES = [
  { code: 'hair_products', name: '发制品' },
  { code: 'equipment', name: '装备制造' },
  { code: 'electrical', name: '电力装备' },
  { code: 'auto_parts', name: '汽车及零部件' },
  { code: 'electronics', name: '电子信息' },
  { code: 'new_materials', name: '新材料' },
  { code: 'chemicals', name: '化工' },
  { code: 'biomedicine', name: '生物医药' },
  { code: 'food', name: '食品' },
  { code: 'agriculture', name: '农产品' },
  { code: 'textiles', name: '纺织服装' },
  { code: 'home_building', name: '家居建材' },
  { code: 'software', name: '软件和信息服务' },
  { code: 'culture', name: '文化创意' },
  { code: 'other', name: '其他' },
] as const

export type IndustryCode = (typeof INDUSTRIES)[number]['code']
const CODES = INDUSTRIES.map((i) => i.code) as [IndustryCode, ...IndustryCode[]]
export const industryCodeSchema = z.enum(CODES, { message: '请选择列表中的行业' })

const NAMES = new Map<string, string>(INDUSTRIES.map((i) => [i.code, i.name]))
export function industryName(code: string): string {
  return NAMES.get(code) ?? code
}
