import Taro from '@tarojs/taro'
import { devSignInOutputSchema, type DemoUser, type DevSignInOutput } from '../../types/dev-session'

// H5: the gateway's signed dev session, kept in Taro storage (localStorage) so a reload keeps it.
const STORAGE_KEY = 'dev-session'

function readSession(): DevSignInOutput | null {
  const stored: unknown = Taro.getStorageSync(STORAGE_KEY)
  if (typeof stored !== 'string' || stored === '') return null
  let json: unknown
  try {
    json = JSON.parse(stored)
  } catch {
    return null
  }
  const parsed = devSignInOutputSchema.safeParse(json)
  if (!parsed.success) return null
  // An expired token would only earn UNAUTHENTICATED from the gateway: drop it here.
  if (Date.parse(parsed.data.expiresAt) <= Date.now()) {
    clearSession()
    return null
  }
  return parsed.data
}

export function hasSession(): boolean {
  return readSession() !== null
}

export function readSessionToken(): string | null {
  return readSession()?.token ?? null
}

export function readSessionUser(): DemoUser | null {
  return readSession()?.user ?? null
}

export function saveSession(session: DevSignInOutput): void {
  Taro.setStorageSync(STORAGE_KEY, JSON.stringify(session))
}

export function clearSession(): void {
  Taro.removeStorageSync(STORAGE_KEY)
}
