import { CONTENT_KINDS, type ContentKind, type Severity } from '../../../../types/content/schemas'

/** Feed tabs: short names that fit one row. */
export const FEED_KIND_LABELS: Record<ContentKind, string> = {
  risk_alert: '预警',
  law_change: '法律政策',
  fee_change: '官费',
  country_guide: '国别指南',
  typical_case: '典型案例',
}

export const FEED_KINDS: readonly ContentKind[] = CONTENT_KINDS

export function isContentKind(value: string | undefined): value is ContentKind {
  return !!value && (CONTENT_KINDS as readonly string[]).includes(value)
}

export const SEVERITY_TAG_CLASS: Record<Severity, string> = {
  info: 'tag tag--blue',
  warning: 'tag tag--orange',
  urgent: 'tag tag--red',
}
