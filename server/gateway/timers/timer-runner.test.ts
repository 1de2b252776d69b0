import { parseCron } from './cron-expression'
import type { FunctionTrigger } from './function-triggers'
import { startTimerRunner } from './timer-runner'

const trigger = (config: string): FunctionTrigger => ({ functionName: 'f', triggerName: 't', schedule: parseCron(config) })

describe('timer runner', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('a late tick still fires a slot it passed, once (the run is still going for the later slot)', async () => {
    let now = new Date('2026-11-25T02:00:00.000Z')
    const fired: string[] = []
    const runner = startTimerRunner([trigger('*/2 * * * * * *')], async (_t, at) => void fired.push(at.toISOString()), () => now)
    now = new Date('2026-11-25T02:00:05.000Z') // one late tick covering five seconds
    jest.advanceTimersByTime(250)
    runner.stop()
    expect(fired).toEqual(['2026-11-25T02:00:02.000Z'])
  })

  it('after a jump of days replays only the last ten minutes: one catch-up run, not one per slot', async () => {
    let now = new Date('2026-11-25T02:00:00.000Z')
    const fired: string[] = []
    const runner = startTimerRunner([trigger('0 */10 * * * * *')], async (_t, at) => void fired.push(at.toISOString()), () => now)
    now = new Date('2026-12-10T02:05:00.000Z')
    jest.advanceTimersByTime(250)
    runner.stop()
    expect(fired).toEqual(['2026-12-10T02:00:00.000Z'])
  })

  it('does not start a trigger again while its previous run is still going', async () => {
    let now = new Date('2026-11-25T02:00:00.000Z')
    let runs = 0
    let finish: () => void = () => {}
    const runner = startTimerRunner(
      [trigger('* * * * * * *')],
      () => {
        runs++
        return new Promise<void>((resolve) => (finish = resolve))
      },
      () => now,
    )
    now = new Date('2026-11-25T02:00:03.000Z')
    jest.advanceTimersByTime(250)
    expect(runs).toBe(1)
    finish()
    await Promise.resolve()
    await Promise.resolve()
    now = new Date('2026-11-25T02:00:04.000Z')
    jest.advanceTimersByTime(250)
    runner.stop()
    expect(runs).toBe(2)
  })
})
