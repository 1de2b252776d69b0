import * as z from 'zod'

/**
 * The five assistance services the policy names (许市监〔2022〕44号, 三（一）): overseas filing
 * strategy, dispute response, early warning, malicious trademark squatting and trade-fair protection.
 * Agencies and experts are tagged with them, and reports count by them, so the codes never change.
 */
export const SERVICE_TYPES = [
  { code: 'overseas_filing', name: '海外布局', policyText: '海外知识产权布局' },
  { code: 'dispute_response', name: '纠纷应对', policyText: '纠纷应对' },
  { code: 'early_warning', name: '预警', policyText: '预警信息发布' },
  { code: 'trademark_squatting', name: '商标恶意抢注', policyText: '商标恶意抢注防范' },
  { code: 'trade_fair', name: '展会知识产权保护', policyText: '展会知识产权保护' },
] as const

export type ServiceTypeCode = (typeof SERVICE_TYPES)[number]['code']
const CODES = SERVICE_TYPES.map((s) => s.code) as [ServiceTypeCode, ...ServiceTypeCode[]]
export const serviceTypeSchema = z.enum(CODES, { message: '请选择列表中的服务类型' })

const NAMES = new Map<string, string>(SERVICE_TYPES.map((s) => [s.code, s.name]))
export function serviceTypeName(code: string): string {
  return NAMES.get(code) ?? code
}
