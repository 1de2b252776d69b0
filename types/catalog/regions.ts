import * as z from 'zod'

/**
 * Countries and regions an enterprise exports to or has a dispute in. The list covers the RCEP
 * members, the EU (as a bloc and its main member states), the US and the other main markets;
 * `WO` stands for international filing routes (PCT, Madrid, Hague) and `OTHER` for the rest.
 */
export const REGION_GROUPS = {
  rcep: 'RCEP 成员国',
  eu: '欧盟',
  americas: '美洲',
  europe: '欧洲其他',
  asia: '亚洲其他',
  middleEast: '中东',
  africa: '非洲',
  greaterChina: '港澳台',
  international: '国际途径',
} as const
export type RegionGroup = keyof typeof REGION_GROUPS

export const REGIONS = [
  { code: 'JP', name: '日本', group: 'rcep' },
  { code: 'KR', name: '韩国', group: 'rcep' },
  { code: 'AU', name: '澳大利亚', group: 'rcep' },
  { code: 'NZ', name: '新西兰', group: 'rcep' },
  { code: 'SG', name: '新加坡', group: 'rcep' },
  { code: 'MY', name: '马来西亚', group: 'rcep' },
  { code: 'TH', name: '泰国', group: 'rcep' },
  { code: 'VN', name: '越南', group: 'rcep' },
  { code: 'ID', name: '印度尼西亚', group: 'rcep' },
  { code: 'PH', name: '菲律宾', group: 'rcep' },
  { code: 'BN', name: '文莱', group: 'rcep' },
  { code: 'KH', name: '柬埔寨', group: 'rcep' },
  { code: 'LA', name: '老挝', group: 'rcep' },
  { code: 'MM', name: '缅甸', group: 'rcep' },
  { code: 'EU', name: '欧盟（整体）', group: 'eu' },
  { code: 'DE', name: '德国', group: 'eu' },
  { code: 'FR', name: '法国', group: 'eu' },
  { code: 'IT', name: '意大利', group: 'eu' },
  { code: 'ES', name: '西班牙', group: 'eu' },
  { code: 'NL', name: '荷兰', group: 'eu' },
  { code: 'BE', name: '比利时', group: 'eu' },
  { code: 'PL', name: '波兰', group: 'eu' },
  { code: 'CZ', name: '捷克', group: 'eu' },
  { code: 'HU', name: '匈牙利', group: 'eu' },
  { code: 'RO', name: '罗马尼亚', group: 'eu' },
  { code: 'SE', name: '瑞典', group: 'eu' },
  { code: 'US', name: '美国', group: 'americas' },
  { code: 'CA', name: '加拿大', group: 'americas' },
  { code: 'MX', name: '墨西哥', group: 'americas' },
  { code: 'BR', name: '巴西', group: 'americas' },
  { code: 'CL', name: '智利', group: 'americas' },
  { code: 'AR', name: '阿根廷', group: 'americas' },
  { code: 'GB', name: '英国', group: 'europe' },
  { code: 'CH', name: '瑞士', group: 'europe' },
  { code: 'RU', name: '俄罗斯', group: 'europe' },
  { code: 'TR', name: '土耳其', group: 'europe' },
  { code: 'UA', name: '乌克兰', group: 'europe' },
  { code: 'IN', name: '印度', group: 'asia' },
  { code: 'PK', name: '巴基斯坦', group: 'asia' },
  { code: 'BD', name: '孟加拉国', group: 'asia' },
  { code: 'KZ', name: '哈萨克斯坦', group: 'asia' },
  { code: 'UZ', name: '乌兹别克斯坦', group: 'asia' },
  { code: 'AE', name: '阿联酋', group: 'middleEast' },
  { code: 'SA', name: '沙特阿拉伯', group: 'middleEast' },
  { code: 'IL', name: '以色列', group: 'middleEast' },
  { code: 'IR', name: '伊朗', group: 'middleEast' },
  { code: 'EG', name: '埃及', group: 'africa' },
  { code: 'ZA', name: '南非', group: 'africa' },
  { code: 'NG', name: '尼日利亚', group: 'africa' },
  { code: 'KE', name: '肯尼亚', group: 'africa' },
  { code: 'HK', name: '中国香港', group: 'greaterChina' },
  { code: 'MO', name: '中国澳门', group: 'greaterChina' },
  { code: 'TW', name: '中国台湾', group: 'greaterChina' },
  { code: 'WO', name: '国际途径（PCT/马德里/海牙）', group: 'international' },
  { code: 'OTHER', name: '其他国家或地区', group: 'international' },
] as const satisfies readonly { code: string; name: string; group: RegionGroup }[]

export type RegionCode = (typeof REGIONS)[number]['code']
const REGION_CODES = REGIONS.map((r) => r.code) as [RegionCode, ...RegionCode[]]
export const regionCodeSchema = z.enum(REGION_CODES, { message: '请选择列表中的国家或地区' })

const NAMES = new Map<string, string>(REGIONS.map((r) => [r.code, r.name]))
export function regionName(code: string): string {
  return NAMES.get(code) ?? code
}
