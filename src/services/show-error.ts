import Taro from '@tarojs/taro'
import { currentLocation, locationToParam, openRoute } from '../lib/navigation'
import { ROUTES } from '../routes'
import { ActionError, toActionError } from './action-error'

/** Field name → first message for that field, for the red text under each form field. */
export type FieldErrors = Partial<Record<string, string>>

const CODE_MESSAGES: Partial<Record<ActionError['code'], string>> = {
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限进行此操作',
  RATE_LIMITED: '操作太频繁，请稍后再试',
}

/** The server's message when it sent one, else a Chinese default for the code. */
export function messageOf(error: ActionError): string {
  return error.message || CODE_MESSAGES[error.code] || '操作失败，请稍后重试'
}

function toast(message: string): void {
  // With icon 'none' WeChat shows up to two lines of title: enough for the server's short messages.
  void Taro.showToast({ title: message, icon: 'none', duration: 2500 })
}

/**
 * H5 has no platform identity: an unauthenticated call means the dev session is missing or expired,
 * so the user is sent to pick a demo account and brought back here afterwards.
 */
function redirectToSignIn(): void {
  const here = currentLocation()
  if (here?.route === ROUTES.signIn) return
  openRoute(ROUTES.signIn, here ? { redirect: locationToParam(here) } : undefined)
}

function needsSignIn(error: ActionError): boolean {
  return error.code === 'UNAUTHENTICATED' && process.env.TARO_ENV === 'h5'
}

/** For actions (a tap): shows the failure as a toast and returns it as an ActionError. */
export function showActionError(error: unknown): ActionError {
  const actionError = toActionError(error)
  toast(messageOf(actionError))
  if (needsSignIn(actionError)) redirectToSignIn()
  return actionError
}

/**
 * For loads whose page shows the failure inline (LoadErrorView): no toast on top of it, except
 * that an unauthenticated H5 user is told and sent to sign in.
 */
export function handleLoadError(error: unknown): ActionError {
  const actionError = toActionError(error)
  if (needsSignIn(actionError)) {
    toast(messageOf(actionError))
    redirectToSignIn()
  }
  return actionError
}

/** First message per top-level field; issues without a path are left to the toast. */
export function fieldErrorsOf(error: ActionError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = issue.path[0]
    if (field === undefined) continue
    const key = String(field)
    if (!errors[key]) errors[key] = issue.message
  }
  return errors
}

/**
 * For forms: the first issue (or the failure's message) as a toast, and the per-field map. The
 * first field marked invalid is scrolled into view, so on a long form the person sees what to fix.
 */
export function showFormError(error: unknown): FieldErrors {
  const actionError = toActionError(error)
  if (actionError.issues.length === 0) {
    showActionError(actionError)
    return {}
  }
  toast(actionError.issues[0].message)
  scrollToFirstInvalidField()
  return fieldErrorsOf(actionError)
}

/** Every form marks a field with `form-field--invalid`; the page scrolls to the first once rendered. */
function scrollToFirstInvalidField(): void {
  setTimeout(() => {
    Taro.pageScrollTo({ selector: '.form-field--invalid', offsetTop: -24, duration: 200 }).catch(() => {
      // Nothing marked (the issue was not about a visible field): stay where we are.
    })
  }, 60)
}
