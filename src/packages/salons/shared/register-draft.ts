import Taro from '@tarojs/taro'

/** The sign-up form of one session, kept per user until it is submitted. */
export interface RegisterDraft {
  /** One per draft: a double tap or a retry after a timeout sends the same key. */
  requestKey: string
  names: string[]
  answers: Record<string, string>
}

export function newRequestKey(): string {
  return `reg-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10).padEnd(8, '0')}`
}

const keyOf = (userId: string, sessionId: string) => `salon-draft:${userId}:${sessionId}`

export function loadRegisterDraft(userId: string, sessionId: string): RegisterDraft {
  try {
    const raw: unknown = Taro.getStorageSync(keyOf(userId, sessionId))
    if (typeof raw === 'string' && raw) {
      const parsed = JSON.parse(raw) as Partial<RegisterDraft>
      if (typeof parsed.requestKey === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(parsed.requestKey)) {
        return {
          requestKey: parsed.requestKey,
          names: Array.isArray(parsed.names) && parsed.names.length > 0 ? parsed.names.map(String) : [''],
          answers: typeof parsed.answers === 'object' && parsed.answers !== null ? parsed.answers : {},
        }
      }
    }
  } catch {
    // Unreadable draft: start afresh.
  }
  return { requestKey: newRequestKey(), names: [''], answers: {} }
}

export function saveRegisterDraft(userId: string, sessionId: string, draft: RegisterDraft): void {
  try {
    Taro.setStorageSync(keyOf(userId, sessionId), JSON.stringify(draft))
  } catch {
    // Storage unavailable: the form still works, only the draft is not kept.
  }
}

export function clearRegisterDraft(userId: string, sessionId: string): void {
  try {
    Taro.removeStorageSync(keyOf(userId, sessionId))
  } catch {
    // Nothing to clear.
  }
}
