// Seat-ledger throughput through the local gateway (npm run bench:seats): one published session
// with 100 seats, then 1,000 registrations sent at once over HTTP by 1,000 signed-in users.
// Prints confirmed, waitlisted, lost (requests without exactly one registration: must be 0),
// requests per second and latency percentiles. Figures only; no assertion.
import { performance } from 'node:perf_hooks'
import { getSessionStats, listSessions, registerForSession } from '../types/salons/contracts'
import { sessionInput } from '../server/modules/salons/testing/salons-fixture'
import { createSession, publishSession } from '../types/salons/contracts'
import { demoOpenid } from '../server/seed/demo-users'
import { startHarness } from '../tests/support/gateway-harness'

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000)
const SEATS = Number(process.env.BENCH_SEATS ?? 100)
const STAFF = demoOpenid('staff')

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

/** Setup and read-back calls retry once: undici may reuse a keep-alive socket the server just closed. */
async function retried<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch {
    return call()
  }
}

async function main() {
  const h = await startHarness()
  try {
    const { sessionId } = await retried(() => h.ok(createSession, sessionInput({ capacity: SEATS }), STAFF))
    await retried(() => h.ok(publishSession, { sessionId }, STAFF))
    const users = Array.from({ length: REQUESTS }, (_, i) => `openid-bench-${i}`)
    // Users exist before the burst (their first request creates the user record), so the figures are the registrations'.
    for (let i = 0; i < users.length; i += 100) await Promise.all(users.slice(i, i + 100).map((u) => retried(() => h.ok(listSessions, { pageSize: 1 }, u))))

    // Let the gateway close the warm-up's idle keep-alive sockets (5 s) first: a request written on
    // a socket the server is closing at that moment is reset in transport, not refused by the server.
    await new Promise((resolve) => setTimeout(resolve, 6000))

    const latencies: number[] = []
    let transportRetries = 0
    const started = performance.now()
    const outcomes = await Promise.all(
      users.map(async (openid, i) => {
        const input = { sessionId, requestKey: `bench-${i.toString().padStart(6, '0')}`, attendees: [{ name: `参会人${i}` }], answers: [{ questionId: 'q1', answer: '美国' }] }
        const t0 = performance.now()
        // As the app does: a request that failed in transport is sent again with the same key (idempotent).
        const result = await h.call(registerForSession, input, openid).catch(() => {
          transportRetries += 1
          return h.call(registerForSession, input, openid).catch(() => null)
        })
        latencies.push(performance.now() - t0)
        return result
      }),
    )
    const elapsed = (performance.now() - started) / 1000
    const statuses = outcomes.map((o) => (o?.ok && o.data.registrations.length === 1 ? o.data.registrations[0]!.status : 'lost'))
    // A request that failed in transport may still have registered: the ledger and the line say what the server holds.
    const stats = await retried(() => h.ok(getSessionStats, { sessionId }, STAFF))
    latencies.sort((a, b) => a - b)
    const count = (s: string) => statuses.filter((x) => x === s).length
    console.log(`registrations sent:   ${REQUESTS} at once for ${SEATS} seats`)
    console.log(`confirmed:            ${count('confirmed')}`)
    console.log(`waitlisted:           ${count('waiting')}`)
    console.log(`lost:                 ${count('lost')}`)
    console.log(`transport retries:    ${transportRetries} (same request key; the server counts each once)`)
    console.log(`ledger:               confirmed ${stats.seats.confirmed} + held ${stats.seats.held} + free ${stats.seats.free} = capacity ${stats.seats.capacity}; waiting ${stats.seats.waiting}`)
    console.log(`throughput:           ${(REQUESTS / elapsed).toFixed(1)} requests/s (${elapsed.toFixed(2)} s for the burst)`)
    console.log(`latency:              p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${latencies[latencies.length - 1]!.toFixed(0)} ms`)
  } finally {
    await h.close()
  }
}

void main()
