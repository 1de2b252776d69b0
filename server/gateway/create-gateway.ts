import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { GATEWAY_ROUTES, devSignInInputSchema } from '../../types/dev-session'
import type { Failure } from '../../types/envelope'
import { LOCAL_FILE_ROUTE, type SignedFileLinks } from '../adapters/local-files/signed-file-links'
import { invokeAction, type CloudFunctionDefinition } from '../core/cloud-function'
import type { CallerIdentity } from '../core/caller'
import type { Runtime } from '../core/runtime'
import { toFieldIssues } from '../core/zod-issues'
import { DEMO_USERS, demoOpenid } from '../seed/demo-users'
import { BodyTooLargeError, readBody, sendJson } from './http-io'
import { issueSessionToken, verifySessionToken } from './session-token'
import { serveSignedFile } from './signed-files'
import { serveStatic } from './static-files'

export interface GatewayOptions {
  runtime: Runtime
  functions: readonly CloudFunctionDefinition[]
  sessionSecret: Buffer
  /** The H5 build to serve, or null to serve only the API. */
  staticRoot: string | null
  sessionTtlHours?: number
  /** Request bodies above this are refused (WeChat caps callFunction payloads too). */
  bodyLimitBytes?: number
  /** Serves the runtime's signed attachment links (the local getTempFileURL); absent → 404. */
  files?: SignedFileLinks
}

const failure = (code: Failure['code'], message: string, issues?: Failure['issues']): Failure =>
  issues ? { ok: false, code, message, issues } : { ok: false, code, message }

/**
 * The local stand-in for `wx.cloud.callFunction`: `POST /api/functions/<name>` with `{ action, data }`
 * runs the same function definition CloudBase runs, with the caller taken from a signed session.
 */
export function createGatewayServer(options: GatewayOptions): Server {
  const functions = new Map(options.functions.map((fn) => [fn.name as string, fn]))
  const ttlMs = (options.sessionTtlHours ?? 12) * 3600_000
  const bodyLimit = options.bodyLimitBytes ?? 1024 * 1024
  const development = options.runtime.config.mode === 'development'

  function identityOf(request: IncomingMessage): CallerIdentity {
    const header = request.headers.authorization ?? ''
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : ''
    const session = token ? verifySessionToken(options.sessionSecret, token, options.runtime.clock.now()) : null
    return session ? { kind: 'user', openid: session.openid, via: 'local-session' } : { kind: 'anonymous' }
  }

  async function readJson(request: IncomingMessage, response: ServerResponse): Promise<{ value: unknown } | null> {
    try {
      const text = await readBody(request, bodyLimit)
      return { value: text ? JSON.parse(text) : {} }
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        sendJson(response, 413, failure('VALIDATION_FAILED', `请求内容过大（上限 ${Math.round(bodyLimit / 1024)} KB）`))
      } else {
        sendJson(response, 400, failure('VALIDATION_FAILED', '请求内容不是有效的 JSON'))
      }
      return null
    }
  }

  async function handleFunction(name: string, request: IncomingMessage, response: ServerResponse) {
    const fn = functions.get(name)
    if (!fn) return sendJson(response, 404, failure('UNKNOWN_FUNCTION', `未知的云函数：${name.slice(0, 40)}`))
    const body = await readJson(request, response)
    if (!body) return
    sendJson(response, 200, await invokeAction(fn, body.value, identityOf(request), options.runtime))
  }

  async function handleSignIn(request: IncomingMessage, response: ServerResponse) {
    if (!development) return sendJson(response, 403, failure('DEV_SIGN_IN_DISABLED', '演示登录仅在开发模式下可用'))
    const body = await readJson(request, response)
    if (!body) return
    const parsed = devSignInInputSchema.safeParse(body.value)
    if (!parsed.success) return sendJson(response, 400, failure('VALIDATION_FAILED', '请选择一个演示账号', toFieldIssues(parsed.error)))
    const user = DEMO_USERS.find((u) => u.key === parsed.data.key)
    if (!user) return sendJson(response, 404, failure('NOT_FOUND', '没有这个演示账号'))
    const expiresAt = new Date(options.runtime.clock.now().getTime() + ttlMs)
    const token = issueSessionToken(options.sessionSecret, demoOpenid(user.key), expiresAt)
    // A session to a bureau or case-handling role is audited (the trail ignores other users).
    const caller = await options.runtime.callers.resolve(demoOpenid(user.key))
    await options.runtime.audit?.recordSignIn(caller, 'dev-sign-in', options.runtime.clock.now())
    sendJson(response, 200, { ok: true, data: { token, expiresAt: expiresAt.toISOString(), user } })
  }

  return createServer((request, response) => {
    const url = request.url ?? '/'
    const path = url.split('?')[0]
    if (development) {
      // The Taro H5 dev server runs on another port during front-end work.
      response.setHeader('access-control-allow-origin', '*')
      response.setHeader('access-control-allow-headers', 'authorization, content-type')
      if (request.method === 'OPTIONS') return void response.writeHead(204).end()
    }
    const route = async () => {
      // A path that is not valid percent-encoding (`/%`, `/%c0%ae`) is the client's mistake: 400, no stack in the log.
      if (!decodesCleanly(path)) return sendJson(response, 400, failure('VALIDATION_FAILED', '网址格式不正确，请检查链接'))
      if (path === '/api/health') return sendJson(response, 200, { ok: true, data: { mode: options.runtime.config.mode } })
      if (path === GATEWAY_ROUTES.demoUsers && request.method === 'GET') {
        return development
          ? sendJson(response, 200, { ok: true, data: { users: DEMO_USERS } })
          : sendJson(response, 403, failure('DEV_SIGN_IN_DISABLED', '演示登录仅在开发模式下可用'))
      }
      if (path === GATEWAY_ROUTES.signIn && request.method === 'POST') return handleSignIn(request, response)
      if (path === LOCAL_FILE_ROUTE && request.method === 'GET') return serveSignedFile(options.files, url, response)
      if (path.startsWith(GATEWAY_ROUTES.functionPrefix)) {
        if (request.method !== 'POST') return sendJson(response, 405, failure('VALIDATION_FAILED', '请使用 POST 调用云函数'))
        return handleFunction(decodeURIComponent(path.slice(GATEWAY_ROUTES.functionPrefix.length)), request, response)
      }
      if (path.startsWith('/api/')) return sendJson(response, 404, failure('NOT_FOUND', '接口不存在'))
      if (!options.staticRoot) return sendJson(response, 404, failure('NOT_FOUND', '未提供页面'))
      serveStatic(options.staticRoot, path, response)
    }
    route().catch((error) => {
      console.error('[gateway] unexpected error', error)
      if (!response.headersSent) sendJson(response, 500, failure('INTERNAL', '服务暂时出现问题，请稍后重试'))
      else response.end()
    })
  })
}

function decodesCleanly(path: string): boolean {
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}
