import { getReport, postMessage, submitReport } from '../../types/reports/contracts'
import { getMyProfile, updateMyProfile } from '../../types/users/contracts'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { EXPERT, LIAISON, reportInput } from '../modules/reports/testing/reports-fixture'

let h: GatewayHarness
afterEach(() => h.close())

const messagesOn = async (reportId: string) =>
  (await h.ok(getReport, { reportId }, LIAISON)).timeline.filter((e) => e.type === 'message').length

describe('rate limits: per-user token buckets on writes', () => {
  it('refuses the write past the burst with RATE_LIMITED and when to retry, stores nothing, and refills with time', async () => {
    h = await startHarness({ rateLimits: JSON.stringify({ message: { burst: 3, perMinute: 6 } }) })
    const { reportId } = await h.ok(submitReport, reportInput(), LIAISON)
    for (let i = 1; i <= 3; i++) await h.ok(postMessage, { reportId, text: `第 ${i} 条补充说明` }, LIAISON)
    const refused = await h.call(postMessage, { reportId, text: '第 4 条补充说明' }, LIAISON)
    expect(refused).toEqual({ ok: false, code: 'RATE_LIMITED', message: '操作太频繁，请 10 秒后再试', retryAfterSeconds: 10 })
    expect(await messagesOn(reportId)).toBe(3)

    // Reads are never limited; another person's bucket is their own.
    for (let i = 0; i < 30; i++) await h.ok(getReport, { reportId }, LIAISON)
    await h.ok(postMessage, { reportId, text: '专家回复：收到' }, EXPERT)

    h.clock.advance(10_000) // one token back (6 per minute)
    await h.ok(postMessage, { reportId, text: '第 4 条补充说明' }, LIAISON)
    expect(await h.call(postMessage, { reportId, text: '第 5 条' }, LIAISON)).toMatchObject({ ok: false, code: 'RATE_LIMITED' })
  })

  it('a parallel flood of messages stops at the default burst of 20', async () => {
    h = await startHarness()
    const { reportId } = await h.ok(submitReport, reportInput(), LIAISON)
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => h.call(postMessage, { reportId, text: `刷屏 ${i}` }, LIAISON)))
    const accepted = results.filter((r) => r.ok).length
    expect(accepted).toBeLessThanOrEqual(20)
    expect(accepted).toBeGreaterThan(0)
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === 'RATE_LIMITED')).toBe(true)
    expect(await messagesOn(reportId)).toBe(accepted)
  })

  it('other writes share the default write bucket of 60', async () => {
    h = await startHarness()
    for (let i = 0; i < 60; i++) await h.ok(updateMyProfile, { displayName: `陈晓${i}` }, 'openid-busy')
    expect(await h.call(updateMyProfile, { displayName: '陈晓' }, 'openid-busy')).toMatchObject({ ok: false, code: 'RATE_LIMITED', retryAfterSeconds: 2 })
    expect((await h.ok(getMyProfile, {}, 'openid-busy')).displayName).toBe('陈晓59')
  })
})
