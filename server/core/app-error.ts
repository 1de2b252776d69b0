import type { ErrorCode } from '../../types/error-codes'
import type { FieldIssue } from '../../types/envelope'

/**
 * The one error type services and handlers throw on purpose. The function entry turns it into
 * `{ ok: false, code, message, issues }`; anything else becomes INTERNAL with a generic message.
 * `message` is shown to the user: Chinese, and says what to do.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const forbidden = (message = '您没有执行此操作的权限') => new AppError('FORBIDDEN', message)
export const notFound = (message: string) => new AppError('NOT_FOUND', message)
export const conflict = (message: string) => new AppError('CONFLICT', message)
export const invalidState = (message: string) => new AppError('INVALID_STATE', message)
