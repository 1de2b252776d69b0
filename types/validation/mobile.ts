/** Mainland China mobile numbers: 11 digits starting with 13–19. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/

export function normalizeMobile(raw: string): string {
  return raw.replace(/[\s-]/g, '').replace(/^\+?86/, '')
}

/** Shown everywhere except to the owner while editing: 138****8000. */
export function maskMobile(mobile: string): string {
  if (mobile.length < 7) return '*'.repeat(mobile.length)
  return `${mobile.slice(0, 3)}****${mobile.slice(-4)}`
}
