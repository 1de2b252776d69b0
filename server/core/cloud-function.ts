import { ZodError } from 'zod'
import type { Envelope, Failure } from '../../types/envelope'
import { requestSchema } from '../../types/envelope'
import type { ErrorCode } from '../../types/error-codes'
import type { FunctionName } from '../../types/function-names'
import { useChineseZodMessages } from '../../types/zod-locale'
import type { CollectionSpec } from '../ports/collection-spec'
import { AppError } from './app-error'
import type { Caller, CallerIdentity } from './caller'
import { DEFAULT_RATE_LIMITS, RATE_LIMIT_COLLECTIONS, rateLimitClassOf, rateLimitedMessage, takeToken } from './rate-limit'
import type { ActionHandler } from './define-handler'
import { enforceDeclaredCollections, watchCollections } from './declared-collections'
import type { Runtime } from './runtime'
import { trackWrites } from './track-writes'
import { toFieldIssues } from './zod-issues'

useChineseZodMessages()

/** One deploy unit: a cloud function with its action map and the collections it touches. */
export interface CloudFunctionDefinition {
  name: FunctionName
  handlers: ReadonlyMap<string, ActionHandler>
  collections: readonly CollectionSpec[]
}

export function defineCloudFunction(
  name: FunctionName,
  handlers: readonly ActionHandler[],
  collections: readonly CollectionSpec[],
): CloudFunctionDefinition {
  const map = new Map<string, ActionHandler>()
  for (const handler of handlers) {
    if (handler.contract.functionName !== name) {
      throw new Error(`${handler.contract.action} belongs to ${handler.contract.functionName}, not ${name}`)
    }
    if (map.has(handler.contract.action)) throw new Error(`duplicate action ${name}.${handler.contract.action}`)
    map.set(handler.contract.action, handler)
  }
  // Every function with user writes keeps its callers' rate-limit buckets.
  return { name, handlers: map, collections: [...collections, ...RATE_LIMIT_COLLECTIONS] }
}

/**
 * The runtime an action of `fn` runs with: its store reports each collection it names to the
 * runtime's observer, and refuses undeclared ones when configured (declared-collections.ts).
 */
function withDeclaredCollections(runtime: Runtime, fn: CloudFunctionDefinition, action: string): Runtime {
  let store = runtime.store
  if (runtime.config.enforceDeclaredCollections) store = enforceDeclaredCollections(store, fn, action)
  const observe = runtime.observeCollections
  if (observe) store = watchCollections(store, (collection) => observe(fn.name, action, collection))
  return store === runtime.store ? runtime : { ...runtime, store }
}

function fail(code: ErrorCode, message: string, issues?: Failure['issues']): Failure {
  return issues && issues.length > 0 ? { ok: false, code, message, issues } : { ok: false, code, message }
}

/**
 * The single place where a request becomes an envelope: validate the request, find the action,
 * check access, validate input, run, validate output. Typed errors thrown inside become failures;
 * nothing else leaks (no stack, no event, no environment).
 */
export async function invokeAction(
  fn: CloudFunctionDefinition,
  request: unknown,
  identity: CallerIdentity,
  baseRuntime: Runtime,
): Promise<Envelope<unknown>> {
  const parsedRequest = requestSchema.safeParse(request)
  if (!parsedRequest.success) return fail('VALIDATION_FAILED', '请求格式不正确', toFieldIssues(parsedRequest.error))
  const { action, data } = parsedRequest.data

  const handler = fn.handlers.get(action)
  if (!handler) return fail('UNKNOWN_ACTION', `未知的操作：${action.slice(0, 40)}`)

  const runtime = withDeclaredCollections(baseRuntime, fn, action)
  try {
    const now = runtime.clock.now()
    let output: unknown
    if (handler.access === 'timer') {
      if (identity.kind !== 'timer') return fail('FORBIDDEN', '该操作只能由定时任务触发')
      const input = parseInput(handler, data)
      if ('ok' in input) return input
      output = await handler.handle(input.value, { runtime, identity, now })
    } else {
      if (identity.kind !== 'user') return fail('UNAUTHENTICATED', '请先登录')
      const caller = await runtime.callers.resolve(identity.openid)
      if (handler.access !== 'signed-in' && !handler.access.some((role) => caller.roles.includes(role))) {
        return fail('FORBIDDEN', '您没有执行此操作的权限')
      }
      const limitClass = rateLimitClassOf(action)
      if (limitClass) {
        const limit = (runtime.config.rateLimits ?? DEFAULT_RATE_LIMITS)[limitClass]
        const taken = await takeToken(runtime.store, `${caller.userId}.${limitClass}`, limit, now)
        if (!taken.ok) {
          const retryAfterSeconds = Math.max(1, Math.ceil(taken.retryAfterMs / 1000))
          return { ...fail('RATE_LIMITED', rateLimitedMessage(taken.retryAfterMs)), retryAfterSeconds }
        }
      }
      const input = parseInput(handler, data)
      if ('ok' in input) return input
      return await audited(runtime, caller, `${fn.name}.${action}`, now, async (actionRuntime) => {
        const result = await handler.handle(input.value, { runtime: actionRuntime, caller, now })
        return { ok: true, data: handler.contract.output.parse(result) }
      })
    }
    return { ok: true, data: handler.contract.output.parse(output) }
  } catch (error) {
    return failureOf(error, `${fn.name}.${action}`)
  }
}

function failureOf(error: unknown, where: string): Failure {
  if (error instanceof AppError) return fail(error.code, error.message, error.issues)
  const detail = error instanceof ZodError ? 'output failed its contract' : String(error)
  console.error(`[${where}] internal error: ${detail}`, error instanceof ZodError ? error.issues : error)
  return fail('INTERNAL', '服务暂时出现问题，请稍后重试')
}

/**
 * Runs a user's action on a store that notes what it writes; if it wrote anything, the runtime's
 * audit trail hears of it, whatever the outcome (a failure after a write still changed data).
 * One place for every action, so no handler can forget its audit entry.
 */
async function audited(
  runtime: Runtime,
  caller: Caller,
  qualifiedAction: string,
  now: Date,
  run: (actionRuntime: Runtime) => Promise<Envelope<unknown>>,
): Promise<Envelope<unknown>> {
  const trail = runtime.audit
  if (!trail) return run(runtime).catch((error: unknown) => failureOf(error, qualifiedAction))
  const tracked = trackWrites(runtime.store, trail.collection)
  const envelope = await run({ ...runtime, store: tracked.store }).catch((error: unknown) => failureOf(error, qualifiedAction))
  if (tracked.written.length > 0) {
    const [functionName, action] = qualifiedAction.split('.')
    try {
      await trail.recordWrite({
        caller,
        functionName,
        action,
        records: tracked.written,
        outcome: envelope.ok ? 'ok' : 'failed',
        failureCode: envelope.ok ? null : envelope.code,
        at: now,
      })
    } catch (error) {
      // The write itself stands; losing its entry must be loud in the logs.
      console.error(`[${qualifiedAction}] audit entry could not be written`, error)
    }
  }
  return envelope
}

function parseInput(handler: ActionHandler, data: unknown): { value: unknown } | Failure {
  const parsed = handler.contract.input.safeParse(data ?? {})
  if (parsed.success) return { value: parsed.data }
  const issues = toFieldIssues(parsed.error)
  return fail('VALIDATION_FAILED', issues[0]?.message ?? '输入内容有误', issues)
}
