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
  // Expiry is the server's call, never this device's clock (phones' clocks are often wrong): the
  // gateway answers UNAUTHENTICATED for an expired token and the transport then drops it.
  if (!parsed.success) return null
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
