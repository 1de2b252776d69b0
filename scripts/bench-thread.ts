// Long-thread write cost (npm run bench:thread): posts 5,000 messages to one report through the
// local gateway (HTTP → function entry → SQLite), CONCURRENCY at a time, and prints the p50/p95
// latency of the first and the last 500 posts and their ratio. A post must cost the same whatever
// the thread's length (goal: last/first ≤ 1.2). Prints figures only.
import { performance } from 'node:perf_hooks'
import { acceptReport, getReport, listReportEvents, postMessage, submitReport } from '../types/reports/contracts'
import { startHarness } from '../tests/support/gateway-harness'
import { EXPERT, LIAISON, reportInput } from '../server/modules/reports/testing/reports-fixture'

const POSTS = Number(process.env.BENCH_POSTS ?? 5_000)
const WINDOW = Number(process.env.BENCH_WINDOW ?? 500)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10)

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

function describe(label: string, latencies: readonly number[]) {
  const sorted = [...latencies].sort((a, b) => a - b)
  const p50 = percentile(sorted, 50)
  const p95 = percentile(sorted, 95)
  console.log(`${label.padEnd(18)} p50 ${p50.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms`)
  return { p50, p95 }
}

async function main(): Promise<void> {
  // Two people posting 5,000 messages would be stopped by the per-user rate limit (20 + 10/min);
  // the bench measures write cost, so the limit is lifted here.
  const h = await startHarness({ rateLimits: JSON.stringify({ message: { burst: 10_000, perMinute: 100_000 } }) })
  try {
    const { reportId } = await h.ok(submitReport, reportInput(), LIAISON)
    await h.ok(acceptReport, { reportId }, EXPERT)
    const latencies = new Array<number>(POSTS)
    let next = 0
    const started = performance.now()
    async function worker(): Promise<void> {
      for (let i = next++; i < POSTS; i = next++) {
        const t0 = performance.now()
        await h.ok(postMessage, { reportId, text: `第${i + 1}条留言：请查收补充材料` }, i % 2 ? EXPERT : LIAISON)
        latencies[i] = performance.now() - t0
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    const wall = performance.now() - started

    const detail = await h.ok(getReport, { reportId }, LIAISON)
    const older = detail.olderEventsCursor ? await h.ok(listReportEvents, { reportId, before: detail.olderEventsCursor }, LIAISON) : null
    console.log(`${POSTS} posts to one report, ${CONCURRENCY} at a time, ${(wall / 1000).toFixed(1)} s (${Math.round((POSTS / wall) * 1000)} posts/s)`)
    console.log(`newest event visible: ${detail.timeline.at(-1)?.text ?? '—'} · page ${detail.timeline.length} events, older page ${older?.items.length ?? 0}`)
    const first = describe(`first ${WINDOW} posts`, latencies.slice(0, WINDOW))
    const last = describe(`last ${WINDOW} posts`, latencies.slice(-WINDOW))
    console.log(`ratio last/first  p50 ${(last.p50 / first.p50).toFixed(2)}   p95 ${(last.p95 / first.p95).toFixed(2)}   (goal ≤ 1.2)`)
  } finally {
    await h.close()
  }
}

void main()
