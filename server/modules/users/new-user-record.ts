import type { UserRecord } from './records'

export function newUserRecord(userId: string, openid: string, now: string): UserRecord {
  return {
    _id: userId,
    openid,
    // A neutral default until the user picks a name; the id suffix tells staff two new users apart.
    displayName: `用户${userId.slice(-4).toUpperCase()}`,
    roles: [],
    privacyConsent: null,
    enterpriseId: null,
    pendingApplicationId: null,
    createdAt: now,
    updatedAt: now,
  }
}
