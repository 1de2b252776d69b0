import type { DemoUser, DevSignInOutput } from '../../types/dev-session'

// weapp (and any platform that identifies the caller itself): WeChat attaches the OPENID to every
// cloud call, so there is no session to keep. session.h5.ts holds the H5 dev session.

/** Whether calls will carry an identity. */
export function hasSession(): boolean {
  return true
}

export function readSessionToken(): string | null {
  return null
}

export function readSessionUser(): DemoUser | null {
  return null
}

export function saveSession(_session: DevSignInOutput): void {}

export function clearSession(): void {}
