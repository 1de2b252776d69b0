/**
 * WeChat pauses a privacy-scoped API (chooseMedia, setClipboardData …) until the user has agreed
 * to the mini program's privacy guide, and asks the app through onNeedPrivacyAuthorization. The
 * pending answers wait here until the user taps in the PrivacySheet shown on the current page.
 */
export type PrivacyResolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void

/** The id of the sheet's <Button open-type="agreePrivacyAuthorization">; WeChat checks it was tapped. */
export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree-btn'

type Listener = (request: { referrer: string } | null) => void

let pending: PrivacyResolve[] = []
let referrer = ''
const listeners = new Set<Listener>()

function notify() {
  const request = pending.length > 0 ? { referrer } : null
  for (const listener of listeners) listener(request)
}

/** The onNeedPrivacyAuthorization listener (installed once in app.tsx on weapp). */
export function needPrivacyAuthorization(resolve: PrivacyResolve, eventInfo: { referrer?: string } | undefined): void {
  pending.push(resolve)
  referrer = eventInfo?.referrer ?? ''
  notify()
}

/** The sheet is on screen: WeChat wants to know the prompt was shown before it is answered. */
export function reportPrivacySheetShown(): void {
  for (const resolve of pending) resolve({ event: 'exposureAuthorization' })
}

/** The user agreed (after the agree button fired) or declined: every paused API goes on or fails. */
export function answerPrivacyAuthorization(agreed: boolean): void {
  const answered = pending
  pending = []
  for (const resolve of answered) resolve(agreed ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID } : { event: 'disagree' })
  notify()
}

export function watchPrivacyAuthorization(listener: Listener): () => void {
  listeners.add(listener)
  listener(pending.length > 0 ? { referrer } : null)
  return () => {
    listeners.delete(listener)
  }
}
