import { regionName } from '../../../../types/catalog/regions'
import type { ReportEvent, ReportEventType, ReportStatus, Urgency } from '../../../../types/reports/schemas'

/** Tag colour per status: blue while someone works on it, orange when waiting, green when done. */
export const STATUS_TAG_CLASS: Record<ReportStatus, string> = {
  unassigned: 'tag tag--orange',
  assigned: 'tag tag--orange',
  in_progress: 'tag tag--blue',
  awaiting_info: 'tag tag--orange',
  resolved: 'tag tag--green',
  closed: 'tag tag--green',
  withdrawn: 'tag',
}

export const URGENCY_TAG_CLASS: Record<Urgency, string> = {
  normal: 'tag',
  urgent: 'tag tag--orange',
  critical: 'tag tag--red',
}

export const EVENT_LABELS: Record<ReportEventType, string> = {
  submitted: '提交上报',
  assigned: '分派',
  unassigned: '待人工分派',
  declined: '拒绝接单',
  reassigned: '改派',
  accepted: '接单',
  info_requested: '请求补充材料',
  guidance: '指导意见',
  message: '留言',
  resolved: '办结',
  rated: '评价',
  reopened: '重新打开',
  withdrawn: '撤回',
  sla_breached: '超时预警',
  rating_reminded: '评价提醒',
  deadline_escalated: '法定期限临近督办',
  consultation: '预约咨询',
}

export const ACTOR_LABELS: Record<ReportEvent['actorRole'], string> = {
  enterprise: '企业',
  assignee: '承办人',
  staff: '工作人员',
  system: '系统',
}

export function countriesText(codes: readonly string[]): string {
  return codes.map(regionName).join('、')
}
