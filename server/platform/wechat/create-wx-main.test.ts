import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import * as z from 'zod'
import { defineAction } from '../../../types/contract'
import { FUNCTION_NAMES } from '../../../types/function-names'
import { defineCloudFunction } from '../../core/cloud-function'
import { defineHandler } from '../../core/define-handler'
import { ALL_FUNCTIONS } from '../../functions/all-functions'
import { createWxMain, type FunctionDeployConfig, type WxCloud } from './create-wx-main'

const ranAs: string[] = []
const tick = defineAction({ functionName: FUNCTION_NAMES.reports, action: 'checkSla', input: z.object({}), output: z.object({ ran: z.boolean() }) })
const probeFunction = defineCloudFunction(
  FUNCTION_NAMES.reports,
  [
    defineHandler({
      contract: tick,
      access: 'timer',
      async handle(_input, ctx) {
        ranAs.push(ctx.identity.trigger)
        return { ran: true }
      },
    }),
  ],
  [],
)
const deploy: FunctionDeployConfig = { timeout: 60, triggers: [{ name: 'checkSla', type: 'timer', config: '0 */10 * * * * *' }] }

/** A stand-in for wx-server-sdk: only getWXContext varies; nothing here reaches a network. */
function fakeCloud(context: { OPENID?: string; SOURCE?: string }): WxCloud {
  return {
    DYNAMIC_CURRENT_ENV: 'env',
    init: () => {},
    database: () => ({}) as ReturnType<WxCloud['database']>,
    getWXContext: () => context,
    openapi: {} as WxCloud['openapi'],
    getTempFileURL: async () => ({ fileList: [] }),
    uploadFile: async () => ({ fileID: '' }),
    deleteFile: async () => ({ fileList: [] }),
  }
}

const timerEvent = { Type: 'Timer', TriggerName: 'checkSla', Time: '2026-11-29T10:00:00.000Z' }

beforeEach(() => ranAs.splice(0))

test('a real timer invocation runs the timer action', async () => {
  const main = createWxMain(probeFunction, fakeCloud({ SOURCE: 'wx_trigger' }), deploy)
  await expect(main(timerEvent)).resolves.toEqual({ ok: true, data: { ran: true } })
  expect(ranAs).toEqual(['checkSla'])
})

test.each([
  ['a client call naming the action', { OPENID: 'o_user', SOURCE: 'wx_client' }, { action: 'checkSla', data: {} }],
  ['a forged timer event from a signed-in client', { OPENID: 'o_user', SOURCE: 'wx_client' }, timerEvent],
  ['a timer-shaped event with an OPENID even from the trigger source', { OPENID: 'o_user', SOURCE: 'wx_trigger' }, timerEvent],
  ['a timer-shaped event without the trigger source', { SOURCE: 'wx_http' }, timerEvent],
  ['a timer-shaped event with no source at all', {}, timerEvent],
  ['a trigger name this function does not own', { SOURCE: 'wx_trigger' }, { ...timerEvent, TriggerName: 'dispatchDue' }],
])('%s cannot run a timer-only action', async (_name, context, event) => {
  const main = createWxMain(probeFunction, fakeCloud(context), deploy)
  const answer = await main(event)
  expect(answer).toMatchObject({ ok: false })
  expect(ranAs).toEqual([])
})

test('the answer never echoes the event or the context', async () => {
  const main = createWxMain(probeFunction, fakeCloud({ OPENID: 'o_secret', SOURCE: 'wx_client' }), deploy)
  const answer = JSON.stringify(await main({ action: 'nope', data: { secret: 'payload-secret' }, userInfo: { openId: 'o_secret' } }))
  expect(answer).not.toContain('o_secret')
  expect(answer).not.toContain('payload-secret')
})

describe('deploy settings of every cloud function', () => {
  const root = join(__dirname, '..', '..', '..', 'cloudfunctions')
  const names = readdirSync(root).filter((name) => existsSync(join(root, name, 'config.json')))
  const configOf = (name: string): FunctionDeployConfig => JSON.parse(readFileSync(join(root, name, 'config.json'), 'utf8'))

  test('every function is deployed and every deployed function is known', () => {
    expect([...names].sort()).toEqual(ALL_FUNCTIONS.map((fn) => fn.name).sort())
  })

  test.each(ALL_FUNCTIONS.map((fn) => [fn.name, fn] as const))('%s: each trigger names a timer action, and timer functions get 60 s', (name, fn) => {
    const config = configOf(name)
    for (const trigger of config.triggers ?? []) {
      expect(trigger.type).toBe('timer')
      expect(fn.handlers.get(trigger.name)?.access).toBe('timer')
      // CloudBase cron: 7 fields (second minute hour day month weekday year).
      expect(trigger.config?.trim().split(/\s+/)).toHaveLength(7)
    }
    const timerActions = [...fn.handlers.values()].filter((h) => h.access === 'timer').map((h) => h.contract.action)
    expect(timerActions.sort()).toEqual((config.triggers ?? []).map((t) => t.name).sort())
    // Batches (timers, import/export) are budgeted for 60 s; CloudBase's default is 3 s.
    if (timerActions.length > 0) expect(config.timeout).toBe(60)
  })
})
