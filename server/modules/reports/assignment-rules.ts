import type { IpTypeCode } from '../../../types/catalog/ip-types'
import type { RegionCode } from '../../../types/catalog/regions'
import type { ServiceTypeCode } from '../../../types/catalog/service-types'

/** An expert or agency that might take a report, with its current open load. */
export interface Candidate {
  kind: 'expert' | 'agency'
  id: string
  name: string
  /** The account that works the case; null when none is linked (cannot be assigned). */
  userId: string | null
  active: boolean
  serviceTypes: readonly ServiceTypeCode[]
  ipTypes: readonly IpTypeCode[]
  countries: readonly RegionCode[]
  /** null: no limit recorded. */
  maxOpenCases: number | null
  openCases: number
}

export interface AssignmentRequest {
  serviceType: ServiceTypeCode
  ipType: IpTypeCode
  countries: readonly RegionCode[]
  /** `kind:id` keys to leave out (they declined this report). */
  exclude: readonly string[]
  /** The key chosen last time among a tie, from the round-robin cursor. */
  lastKey: string | null
}

export interface AssignmentDecision {
  chosen: (Candidate & { userId: string }) | null
  /** Why, in words for the timeline. */
  reason: string
}

export const candidateKey = (c: Pick<Candidate, 'kind' | 'id'>) => `${c.kind}:${c.id}`

/**
 * The assignment rule: candidates matching service type, IP type and at least one country; skip
 * inactive, unlinked, declined and full ones; least open load wins; among equals, the next key
 * after the last one chosen (round-robin over a stable order).
 */
export function chooseAssignee(request: AssignmentRequest, candidates: readonly Candidate[]): AssignmentDecision {
  const matching = candidates.filter(
    (c) => c.serviceTypes.includes(request.serviceType) && c.ipTypes.includes(request.ipType) && c.countries.some((r) => request.countries.includes(r)),
  )
  const skipped: string[] = []
  const eligible: (Candidate & { userId: string })[] = []
  for (const c of matching) {
    if (!c.active) skipped.push(`${c.name}（暂停接案）`)
    else if (c.userId === null) skipped.push(`${c.name}（未关联账号）`)
    else if (request.exclude.includes(candidateKey(c))) skipped.push(`${c.name}（已拒绝）`)
    else if (c.maxOpenCases !== null && c.openCases >= c.maxOpenCases) skipped.push(`${c.name}（已满 ${c.maxOpenCases} 件）`)
    else eligible.push({ ...c, userId: c.userId })
  }
  const skippedText = skipped.length > 0 ? `；跳过：${skipped.join('、')}` : ''
  if (eligible.length === 0) {
    return { chosen: null, reason: `匹配 ${matching.length} 位，均不可接案${skippedText}；等待工作人员分派` }
  }
  const least = Math.min(...eligible.map((c) => c.openCases))
  const tied = eligible.filter((c) => c.openCases === least).sort((a, b) => candidateKey(a).localeCompare(candidateKey(b)))
  const last = request.lastKey
  const next = (last !== null ? tied.find((c) => candidateKey(c) > last) : undefined) ?? tied[0]
  const tieText = tied.length > 1 ? `，${tied.length} 位并列时轮流分派` : ''
  return {
    chosen: next,
    reason: `匹配 ${matching.length} 位，可接案 ${eligible.length} 位；选择当前在办最少（${least} 件）的 ${next.name}${tieText}${skippedText}`,
  }
}
