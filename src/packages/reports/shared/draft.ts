import Taro from '@tarojs/taro'
import type { IndustryCode } from '../../../../types/catalog/industries'
import type { IpTypeCode } from '../../../../types/catalog/ip-types'
import type { RegionCode } from '../../../../types/catalog/regions'
import type { ServiceTypeCode } from '../../../../types/catalog/service-types'
import type { Urgency } from '../../../../types/reports/schemas'
import { takesLegalDeadline } from '../../../../types/deadlines/applicability'
import { newIdempotencyKey } from './idempotency-key'

/** What the report form holds; kept in storage per user so leaving the page loses nothing. */
export interface ReportDraft {
  /** Made once per draft: a double tap or a retry after a timeout sends the same key. */
  idempotencyKey: string
  serviceType: ServiceTypeCode | null
  ipType: IpTypeCode | null
  countries: RegionCode[]
  industry: IndustryCode | null
  counterpart: string
  deadline: string | null
  urgency: Urgency
  description: string
  attachments: string[]
  /** The foreign office's rule and the trigger's date (squatting, dispute and patent reports). */
  legalRuleId: string | null
  legalTriggerDate: string | null
  /** Trade-fair reports: the fair's name and dates. */
  fairName: string
  fairStartDate: string | null
  fairEndDate: string | null
}

export type DraftField = Exclude<keyof ReportDraft, 'idempotencyKey'>

export function emptyDraft(industry: IndustryCode | null): ReportDraft {
  return {
    idempotencyKey: newIdempotencyKey(),
    serviceType: null,
    ipType: null,
    countries: [],
    industry,
    counterpart: '',
    deadline: null,
    urgency: 'normal',
    description: '',
    attachments: [],
    legalRuleId: null,
    legalTriggerDate: null,
    fairName: '',
    fairStartDate: null,
    fairEndDate: null,
  }
}

const storageKey = (userId: string) => `report-draft:${userId}`

/** The stored draft, or null when there is none or it is unreadable (then the form starts afresh). */
export function loadDraft(userId: string): ReportDraft | null {
  try {
    const raw: unknown = Taro.getStorageSync(storageKey(userId))
    if (typeof raw !== 'string' || raw === '') return null
    const parsed = JSON.parse(raw) as Partial<ReportDraft>
    if (typeof parsed.idempotencyKey !== 'string' || !/^[A-Za-z0-9_-]{8,64}$/.test(parsed.idempotencyKey)) return null
    return {
      idempotencyKey: parsed.idempotencyKey,
      serviceType: parsed.serviceType ?? null,
      ipType: parsed.ipType ?? null,
      countries: Array.isArray(parsed.countries) ? parsed.countries : [],
      industry: parsed.industry ?? null,
      counterpart: typeof parsed.counterpart === 'string' ? parsed.counterpart : '',
      deadline: typeof parsed.deadline === 'string' ? parsed.deadline : null,
      urgency: parsed.urgency ?? 'normal',
      description: typeof parsed.description === 'string' ? parsed.description : '',
      attachments: Array.isArray(parsed.attachments) ? parsed.attachments : [],
      legalRuleId: typeof parsed.legalRuleId === 'string' ? parsed.legalRuleId : null,
      legalTriggerDate: typeof parsed.legalTriggerDate === 'string' ? parsed.legalTriggerDate : null,
      fairName: typeof parsed.fairName === 'string' ? parsed.fairName : '',
      fairStartDate: typeof parsed.fairStartDate === 'string' ? parsed.fairStartDate : null,
      fairEndDate: typeof parsed.fairEndDate === 'string' ? parsed.fairEndDate : null,
    }
  } catch {
    return null
  }
}

export function saveDraft(userId: string, draft: ReportDraft): void {
  try {
    Taro.setStorageSync(storageKey(userId), JSON.stringify(draft))
  } catch {
    // Storage full or unavailable: the form still works, only the draft is not kept.
  }
}

export function clearDraft(userId: string): void {
  try {
    Taro.removeStorageSync(storageKey(userId))
  } catch {
    // Nothing to clear.
  }
}

/**
 * The submit payload: the deadline and fair parts only where they apply to the chosen kind of
 * report (a liaison may have filled them before changing the service type).
 */
export function draftToInput(draft: ReportDraft): Record<string, unknown> {
  const { legalRuleId, legalTriggerDate, fairName, fairStartDate, fairEndDate, ...rest } = draft
  const legal = legalRuleId && takesLegalDeadline(draft) ? { ruleId: legalRuleId, triggerDate: legalTriggerDate ?? undefined } : null
  const fairFilled = fairName.trim() !== '' || fairStartDate !== null || fairEndDate !== null
  const tradeFair = draft.serviceType === 'trade_fair' && fairFilled ? { name: fairName, startDate: fairStartDate ?? undefined, endDate: fairEndDate ?? undefined } : null
  return { ...rest, legalDeadline: legal, tradeFair }
}
