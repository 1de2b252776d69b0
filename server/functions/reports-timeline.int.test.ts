import { acceptReport, getReport, listReportEvents, postMessage, submitReport } from '../../types/reports/contracts'
import { TIMELINE_PAGE_SIZE, type ReportEvent } from '../../types/reports/schemas'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { AGENCY, EXPERT, LIAISON, STAFF, reportInput } from '../modules/reports/testing/reports-fixture'

let h: GatewayHarness
beforeAll(async () => {
  // A long thread is built by one liaison here; the per-user message limit is tested in rate-limits.int.test.ts.
  h = await startHarness({ rateLimits: JSON.stringify({ message: { burst: 1000, perMinute: 1000 } }) })
})
afterAll(() => h.close())

/** Walks the whole timeline the way the detail page does: the newest page, then older pages. */
async function readWholeTimeline(reportId: string, as: string): Promise<ReportEvent[]> {
  const detail = await h.ok(getReport, { reportId }, as)
  const events = [...detail.timeline]
  let cursor = detail.olderEventsCursor
  while (cursor !== null) {
    const page = await h.ok(listReportEvents, { reportId, before: cursor }, as)
    expect(page.items.length).toBeGreaterThan(0)
    events.unshift(...page.items)
    cursor = page.nextCursor
  }
  return events
}

describe('reports: a long thread, paged newest first', () => {
  // The clock is fixed, so every message has the same instant: the cursor must still never skip one.
  it('shows the newest post at once and every older event exactly once, in order', async () => {
    const { reportId } = await h.ok(submitReport, reportInput(), LIAISON)
    await h.ok(acceptReport, { reportId }, EXPERT)
    const total = TIMELINE_PAGE_SIZE * 2 + 7
    for (let i = 1; i <= total; i++) {
      const posted = await h.ok(postMessage, { reportId, text: `第${i}条留言` }, i % 2 ? LIAISON : EXPERT)
      expect(posted).toEqual({
        event: expect.objectContaining({ type: 'message', text: `第${i}条留言`, actorRole: i % 2 ? 'enterprise' : 'assignee', toStatus: null }),
        status: 'in_progress',
        version: 3,
      })
      expect(posted).not.toHaveProperty('timeline')
    }

    const detail = await h.ok(getReport, { reportId }, STAFF)
    expect(detail.timeline).toHaveLength(TIMELINE_PAGE_SIZE)
    expect(detail.timeline.at(-1)?.text).toBe(`第${total}条留言`)
    expect(detail.olderEventsCursor).not.toBeNull()

    const events = await readWholeTimeline(reportId, LIAISON)
    expect(events.map((e) => e.type).slice(0, 3)).toEqual(['submitted', 'assigned', 'accepted'])
    expect(events.slice(3).map((e) => e.text)).toEqual(Array.from({ length: total }, (_, i) => `第${i + 1}条留言`))
    expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length)
  }, 60_000)

  it('pages with a smaller limit, and the last page says there is nothing older', async () => {
    const { reportId } = await h.ok(submitReport, reportInput(), LIAISON)
    const detail = await h.ok(getReport, { reportId }, LIAISON)
    expect(detail.olderEventsCursor).toBeNull()
    for (let i = 0; i < 4; i++) await h.ok(postMessage, { reportId, text: `补充${i}` }, LIAISON)
    expect((await h.ok(getReport, { reportId }, EXPERT)).olderEventsCursor).toBeNull()
    const whole = await readWholeTimeline(reportId, EXPERT)
    const firstPage = await h.ok(listReportEvents, { reportId, before: '9999', limit: 4 }, EXPERT)
    expect(firstPage.items.map((e) => e.eventId)).toEqual(whole.slice(-4).map((e) => e.eventId))
    expect(firstPage.nextCursor).not.toBeNull()
    const rest = await h.ok(listReportEvents, { reportId, before: firstPage.nextCursor ?? '', limit: 4 }, EXPERT)
    expect(rest.items.map((e) => e.eventId)).toEqual(whole.slice(0, -4).map((e) => e.eventId))
    expect(rest.nextCursor).toBeNull()
  })

  it('refuses older events to strangers, signed-out callers and bad cursors', async () => {
    const { reportId } = await h.ok(submitReport, reportInput(), LIAISON)
    expect(await h.call(listReportEvents, { reportId, before: '9999' }, AGENCY)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await h.call(listReportEvents, { reportId, before: '9999' }, null)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    expect(await h.call(listReportEvents, { reportId, before: '' }, LIAISON)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' })
    expect(await h.call(listReportEvents, { reportId, before: '9999', limit: TIMELINE_PAGE_SIZE + 1 }, LIAISON)).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    })
  })
})
