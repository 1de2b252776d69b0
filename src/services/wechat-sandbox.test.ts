import { build } from 'esbuild'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'

/**
 * The client's call path — input validation, Taro.cloud.callFunction, envelope parsing — bundled
 * as the mini program would run it and executed in a sandbox whose `Function` and `eval` behave as
 * WeChat's: they return no function (what WeChat does) or throw (a stricter host). Jest cannot
 * reproduce this in place: zod reads the global `Function` it was loaded with.
 */
const SERVICES = __dirname

async function bundle(withSetup: boolean): Promise<string> {
  const entry = `
    ${withSetup ? "import '../zod-setup'" : ''}
    import { callFunction } from './call-function'
    import { updateMyProfile } from '../../types/users/contracts'
    export async function roundTrip(displayName) {
      return callFunction(updateMyProfile, { displayName })
    }
  `
  const result = await build({
    stdin: { contents: entry, resolveDir: SERVICES, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'app',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    define: { 'process.env.TARO_ENV': '"weapp"' },
    logLevel: 'silent',
    plugins: [
      {
        name: 'weapp',
        setup(b) {
          // Taro picks transport.weapp.ts for the mini program; Taro itself is WeChat's wx.cloud here.
          b.onResolve({ filter: /^\.\/transport$/ }, () => ({ path: join(SERVICES, 'transport.weapp.ts') }))
          b.onResolve({ filter: /^@tarojs\/taro$/ }, () => ({ path: 'taro', namespace: 'fake' }))
          b.onLoad({ filter: /.*/, namespace: 'fake' }, () => ({
            contents: 'export default { cloud: { callFunction: (options) => globalThis.wxCloudCallFunction(options) } }',
            loader: 'js',
          }))
        },
      },
    ],
  })
  return result.outputFiles[0].text
}

const PROFILE = {
  userId: 'u_1',
  displayName: '王经理',
  roles: ['liaison'],
  privacyConsent: { version: '2026-01', at: '2026-11-25T02:00:00.000Z' },
  privacyConsentRequired: false,
  enterprise: null,
  latestApplication: null,
}

type HostFunction = 'returns-nothing' | 'throws'

function weChatSandbox(host: HostFunction) {
  const calls: unknown[] = []
  // WeChat's Function: callable and constructible, but no code ever comes of it.
  const noCode = host === 'throws'
    ? function Function() { throw new EvalError('Code generation from strings disallowed') }
    : function Function() { return undefined }
  const context: Record<string, unknown> = {
    console: { warn: () => {}, error: () => {}, log: () => {} },
    Promise,
    wxCloudCallFunction: async (options: { name: string; data: { action: string; data: { displayName: string } } }) => {
      calls.push(options)
      return { result: { ok: true, data: { ...PROFILE, displayName: options.data.data.displayName } } }
    },
  }
  context.globalThis = context
  return { context, calls, install: () => runInNewContext(`Function = noCode; eval = noCode;`, Object.assign(context, { noCode })) }
}

async function run(withSetup: boolean, host: HostFunction) {
  const code = await bundle(withSetup)
  const sandbox = weChatSandbox(host)
  sandbox.install()
  runInNewContext(code, sandbox.context)
  const app = sandbox.context.app as { roundTrip(name: string): Promise<unknown> }
  return { app, calls: sandbox.calls }
}

describe.each<HostFunction>(['returns-nothing', 'throws'])('in a WeChat-like sandbox whose Function %s', (host) => {
  test('the call path round-trips: input checked, wx.cloud called, answer parsed', async () => {
    const { app, calls } = await run(true, host)
    await expect(app.roundTrip('  李联络  ')).resolves.toEqual({ ...PROFILE, displayName: '李联络' })
    expect(calls).toEqual([{ name: 'users', data: { action: 'updateMyProfile', data: { displayName: '李联络' } } }])
  })

  test('invalid input is refused in Chinese before anything is sent', async () => {
    const { app, calls } = await run(true, host)
    await expect(app.roundTrip('')).rejects.toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/^[\u4e00-\u9fa5]/) })
    expect(calls).toEqual([])
  })
})

test('the sandbox is faithful: without the jitless setup every object parse fails as on a device', async () => {
  const { app } = await run(false, 'returns-nothing')
  await expect(app.roundTrip('李联络')).rejects.toThrow(/factory is not a function/)
})
