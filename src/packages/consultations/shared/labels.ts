import { BOOKING_STATUS_LABELS, type BookingStatus } from '../../../../types/consultations/schemas'

export const STATUS_TONES: Record<BookingStatus, string> = {
  confirmed: 'tag tag--blue',
  cancelled: 'tag tag--red',
  attended: 'tag tag--green',
  no_show: 'tag tag--orange',
}

export function statusTag(status: BookingStatus) {
  return { className: STATUS_TONES[status], label: BOOKING_STATUS_LABELS[status] }
}

export const HISTORY_LABELS: Record<string, string> = {
  booked: '预约成功',
  rescheduled: '改期',
  cancelled: '取消',
  attended: '登记到场',
  no_show: '登记未到场',
  outcome: '填写咨询小结',
  rated: '评价',
}

export const PARTY_LABELS: Record<string, string> = { enterprise: '企业', provider: '专家/机构', staff: '工作人员' }
