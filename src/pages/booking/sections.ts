import type { Role } from '../../../types/roles'
import { ROUTES, type Route } from '../../routes'
import { SALON_SECTION } from './salon-section'

/**
 * The 预约 tab is a hub: one section per kind of appointment (咨询预约 here; training salons add a
 * sibling section in their own file and append it to BOOKING_SECTIONS). The real pages live in
 * subpackages, so the tab page stays small.
 */
export interface HubEntry {
  key: string
  title: string
  description: string
  route: Route
  /** Shown only to these roles; absent: to everyone. */
  roles?: readonly Role[]
}

export interface HubSection {
  key: string
  title: string
  entries: readonly HubEntry[]
}

export const CONSULTATION_SECTION: HubSection = {
  key: 'consultations',
  title: '咨询预约',
  entries: [
    { key: 'browse', title: '预约专家或协助机构', description: '按服务、知识产权类型、国家查找，查看最近空闲时段', route: ROUTES.consultationProviders },
    { key: 'mine', title: '我的预约', description: '即将开始与历史咨询，可改期或取消', route: ROUTES.myConsultations, roles: ['liaison'] },
    { key: 'provider', title: '我的咨询安排', description: '企业预约我的咨询', route: ROUTES.providerConsultations, roles: ['expert', 'agency'] },
    { key: 'availability', title: '设置可预约时段', description: '每周时段、休息日、咨询方式', route: ROUTES.availabilityEditor, roles: ['expert', 'agency'] },
    { key: 'all', title: '全部预约（工作人员）', description: '按状态查看，代为改期或取消', route: ROUTES.staffConsultations, roles: ['staff', 'admin'] },
  ],
}

export const BOOKING_SECTIONS: readonly HubSection[] = [CONSULTATION_SECTION, SALON_SECTION]

/** The entries of a section this user sees. */
export function visibleEntries(section: HubSection, roles: readonly Role[]): HubEntry[] {
  return section.entries.filter((entry) => !entry.roles || entry.roles.some((role) => roles.includes(role)))
}
