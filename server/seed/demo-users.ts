import type { DemoUser } from '../../types/dev-session'
import { PRIVACY_GUIDE_VERSION } from '../../types/users/schemas'
import type { DocumentStore } from '../ports/document-store'
import { enterpriseIdFor } from '../modules/users/enterprise-id'
import { AGENCIES, type AgencyRecord } from '../modules/directory/records'
import { ENTERPRISES, USERS, type EnterpriseRecord, type UserRecord } from '../modules/users/records'
import { userIdForOpenid } from '../modules/users/user-id'

/**
 * Demo accounts, one per role, for development mode only: the gateway refuses to list them or
 * sign in as them otherwise, and production functions never seed them.
 */
export const DEMO_USERS: readonly DemoUser[] = [
  { key: 'visitor', displayName: '新用户', description: '刚进入小程序，可登记企业、订阅预警', roles: [] },
  { key: 'liaison', displayName: '王联络（瑞发发制品）', description: '已认证企业的联络员，可上报纠纷、预约咨询', roles: ['liaison'] },
  { key: 'expert', displayName: '李专家', description: '专家库成员，处理分派的上报、提供咨询', roles: ['expert'] },
  { key: 'agency', displayName: '宗诚知识产权（机构）', description: '第一批海外维权协助机构的工作人员', roles: ['agency'] },
  { key: 'staff', displayName: '张科员（市场监管局）', description: '审核企业登记、分派上报、发布预警', roles: ['staff'] },
  { key: 'admin', displayName: '管理员', description: '管理人员角色与全部内容', roles: ['admin', 'staff'] },
]

export function demoOpenid(key: string): string {
  return `dev-openid-${key}`
}

const DEMO_ENTERPRISE = {
  name: '许昌瑞发发制品有限公司',
  creditCode: '91411000MA45XR1K2C',
} as const

/** Idempotent; the visitor gets no record so the first sign-in path is exercised for real. */
export async function seedDemoUsers(store: DocumentStore, now: Date): Promise<void> {
  const at = now.toISOString()
  const liaisonId = userIdForOpenid(demoOpenid('liaison'))
  const enterpriseId = enterpriseIdFor(DEMO_ENTERPRISE.creditCode)
  await store.collection<EnterpriseRecord>(ENTERPRISES).insertUnlessExists({
    _id: enterpriseId,
    name: DEMO_ENTERPRISE.name,
    creditCode: DEMO_ENTERPRISE.creditCode,
    industry: 'hair_products',
    exportMarkets: ['US', 'NG', 'GB', 'EU'],
    liaisonUserIds: [liaisonId],
    verifiedAt: at,
    updatedAt: at,
  })
  const users = store.collection<UserRecord>(USERS)
  for (const demo of DEMO_USERS) {
    if (demo.key === 'visitor') continue
    const openid = demoOpenid(demo.key)
    await users.insertUnlessExists({
      _id: userIdForOpenid(openid),
      openid,
      displayName: demo.displayName,
      roles: [...demo.roles],
      privacyConsent: { version: PRIVACY_GUIDE_VERSION, at },
      enterpriseId: demo.key === 'liaison' ? enterpriseId : null,
      pendingApplicationId: null,
      // The demo liaison's number (a reserved test number), for the staff/assignee reveal-and-call.
      contact: demo.key === 'liaison' ? { name: '王联络', mobile: '13800138000' } : null,
      createdAt: at,
      updatedAt: at,
    })
  }
  // The demo agency account works the first agency's reports (only if no handler is linked yet).
  await store
    .collection<AgencyRecord>(AGENCIES)
    .updateOne(DEMO_AGENCY_ID, { $set: { caseHandlerUserId: userIdForOpenid(demoOpenid('agency')) } }, { caseHandlerUserId: null })
}

/** The agency the demo agency account handles cases for (the first of the annex). */
export const DEMO_AGENCY_ID = 'agency_b1_01'
