import type { FunctionTrigger } from './function-triggers'

const MAX_REPLAY_SECONDS = 600

export interface TimerRunner {
  stop(): void
}

/**
 * Fires each trigger at the seconds its schedule matches. Every whole second since the last tick is
 * checked, so a late tick (busy event loop) does not skip a scheduled second — up to the last
 * ten minutes: after a longer gap (a sleeping laptop, a test moving its clock by days) only that
 * window is replayed, so a trigger runs once to catch up instead of once per missed slot. A trigger whose
 * previous run is still going is not started again (CloudBase would run it concurrently, but the
 * functions must tolerate that anyway — the local runner keeps logs readable).
 */
export function startTimerRunner(
  triggers: readonly FunctionTrigger[],
  fire: (trigger: FunctionTrigger, at: Date) => Promise<void>,
  now: () => Date = () => new Date(),
): TimerRunner {
  const running = new Set<FunctionTrigger>()
  let lastSecond = Math.floor(now().getTime() / 1000)
  const tick = () => {
    const currentSecond = Math.floor(now().getTime() / 1000)
    for (let second = Math.max(lastSecond + 1, currentSecond - MAX_REPLAY_SECONDS); second <= currentSecond; second++) {
      const at = new Date(second * 1000)
      for (const trigger of triggers) {
        if (running.has(trigger) || !trigger.schedule.matches(at)) continue
        running.add(trigger)
        fire(trigger, at)
          .catch((error) => console.error(`[timer] ${trigger.functionName}.${trigger.triggerName} failed`, error))
          .finally(() => running.delete(trigger))
      }
    }
    lastSecond = Math.max(lastSecond, currentSecond)
  }
  const handle = setInterval(tick, 250)
  handle.unref()
  return { stop: () => clearInterval(handle) }
}
