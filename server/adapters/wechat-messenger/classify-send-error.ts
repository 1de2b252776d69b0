import type { SendFailureKind, SendResult } from '../../ports/messenger'

/** WeChat answers whose meaning is fixed by the subscribeMessage.send documentation. */
const KIND_BY_CODE = new Map<number, SendFailureKind>([
  [43101, 'refused'], // user refused, cancelled, or has no one-time quota left
  [45009, 'rate_limited'], // the app's API call limit is reached
  [47003, 'permanent'], // a data value breaks its keyword rule
  [40037, 'permanent'], // template id wrong
  [40003, 'permanent'], // openid wrong
  [41030, 'permanent'], // page not in the released mini program
  [43107, 'permanent'], // the app may not use this capability
  [-501007, 'permanent'], // CloudBase: invalid request parameters
  [-1, 'transient'], // "system error": WeChat answered that it did not process the call
  [-1000, 'transient'],
])

/** Node network errors raised before the request could have reached WeChat. */
const NOT_SENT_NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])

/** Errors that may come after the request left: WeChat may have delivered the message. */
const MAYBE_SENT = /timeout|timed out|ETIMEDOUT|ESOCKETTIMEDOUT|ECONNRESET|socket hang up/i

function readErrCode(error: unknown): number | null {
  if (typeof error === 'object' && error !== null) {
    const { errCode, errcode } = error as { errCode?: unknown; errcode?: unknown }
    for (const value of [errCode, errcode]) {
      if (typeof value === 'number' && Number.isInteger(value)) return value
      if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value)
    }
  }
  // wx-server-sdk's messages read "errCode: 43101 | errMsg: …" (also when wrapped by CloudBase).
  const match = /errCode:\s*(-?\d+)/.exec(messageOf(error))
  return match ? Number(match[1]) : null
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'object' && error !== null) {
    const { errMsg, message } = error as { errMsg?: unknown; message?: unknown }
    if (typeof errMsg === 'string') return errMsg
    if (typeof message === 'string') return message
  }
  return String(error)
}

function networkCode(error: unknown): string | null {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  return typeof code === 'string' ? code : null
}

/**
 * Turns whatever `cloud.openapi.subscribeMessage.send` threw (or answered with a non-zero errCode)
 * into a typed failure. When in doubt the answer is `ambiguous`, never `transient`: a retry after
 * a send that actually went out would push the same message twice.
 */
export function classifySendError(error: unknown): Extract<SendResult, { ok: false }> {
  const errCode = readErrCode(error)
  const message = messageOf(error).slice(0, 300)
  const known = errCode === null ? undefined : KIND_BY_CODE.get(errCode)
  if (known) return { ok: false, kind: known, errCode, message }

  const code = networkCode(error)
  if (code && NOT_SENT_NETWORK_CODES.has(code)) return { ok: false, kind: 'transient', errCode, message }
  if (MAYBE_SENT.test(message) || (code !== null && MAYBE_SENT.test(code))) return { ok: false, kind: 'ambiguous', errCode, message }
  // Any other positive WeChat code is a documented, deterministic refusal of this request.
  if (errCode !== null && errCode > 0) return { ok: false, kind: 'permanent', errCode, message }
  // Unknown platform errors (negative codes, bare exceptions): we cannot tell whether it went out.
  return { ok: false, kind: 'ambiguous', errCode, message }
}
