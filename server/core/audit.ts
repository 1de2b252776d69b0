import type { Caller } from './caller'

/** What invokeAction reports after a user's action wrote documents (core knows no module: the trail decides what to keep). */
export interface AuditWriteEvent {
  caller: Caller
  functionName: string
  action: string
  /** Documents written, as `collection/id` (bulk writes by filter as `collection/*`), first ones first. */
  records: string[]
  outcome: 'ok' | 'failed'
  /** The failure's error code when the action failed after writing. */
  failureCode: string | null
  at: Date
}

/**
 * The audit hook of the runtime. invokeAction watches every write a user's action makes through
 * the runtime's store and reports it here; it also refuses any update or delete of `collection`
 * from inside an action, so no action can alter the log.
 */
export interface AuditTrail {
  readonly collection: string
  recordWrite(event: AuditWriteEvent): Promise<void>
  /** A session to a role was opened (the gateway's sign-in; entering the workbench on WeChat). */
  recordSignIn(caller: Caller, via: string, at: Date): Promise<void>
}
