import type { z } from 'zod'
import type { FieldIssue } from '../../types/envelope'
import type { ErrorCode } from '../../types/error-codes'

/** A failed action as the client sees it: the server's typed failure, or one made on the client. */
export class ActionError extends Error {
  readonly code: ErrorCode
  readonly issues: FieldIssue[]

  constructor(code: ErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message)
    this.name = 'ActionError'
    this.code = code
    this.issues = issues
  }
}

export function isActionError(error: unknown): error is ActionError {
  return error instanceof ActionError
}

/** Keeps zod's issue list in the envelope's shape so forms can mark each field. */
export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((key): key is string | number => typeof key !== 'symbol'),
    message: issue.message,
  }))
}

export const NETWORK_UNAVAILABLE_MESSAGE = '网络不可用，请稍后重试'
export const UNREADABLE_ANSWER_MESSAGE = '服务返回了无法识别的结果，请稍后重试'
export const SERVICE_UNAVAILABLE_MESSAGE = '服务暂不可用，请稍后重试'

/** Anything thrown while calling becomes an ActionError, so callers handle one type. */
export function toActionError(error: unknown): ActionError {
  if (isActionError(error)) return error
  return new ActionError('INTERNAL', '出现了意外错误，请稍后重试')
}
