import { ROUTES } from '../../routes'
import type { HubSection } from './sections'

/** 培训沙龙 on the 预约 hub: sessions for everyone, tickets, and the staff's management and door check-in. */
export const SALON_SECTION: HubSection = {
  key: 'salons',
  title: '培训沙龙',
  entries: [
    { key: 'browse', title: '培训与沙龙报名', description: '查看近期活动与剩余席位，报名或加入候补', route: ROUTES.salonList },
    { key: 'mine', title: '我的报名与电子票', description: '电子票、候补位置、确认递补席位', route: ROUTES.mySalonRegistrations },
    { key: 'staff', title: '活动管理与签到（工作人员）', description: '发布活动、现场扫码签到、报名统计', route: ROUTES.salonStaff, roles: ['staff', 'admin'] },
  ],
}
