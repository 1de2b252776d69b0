import { AsyncMutex } from './async-mutex'

describe('AsyncMutex', () => {
  it('runs tasks one at a time in call order, holding the turn across awaits', async () => {
    const mutex = new AsyncMutex()
    const log: string[] = []
    const slow = mutex.run(async () => {
      log.push('slow start')
      await new Promise((r) => setTimeout(r, 15))
      log.push('slow end')
      return 'slow'
    })
    const quick = mutex.run(() => {
      log.push('quick')
      return 'quick'
    })
    expect(await Promise.all([slow, quick])).toEqual(['slow', 'quick'])
    expect(log).toEqual(['slow start', 'slow end', 'quick'])
  })

  it('passes failures to their caller and keeps serving later tasks', async () => {
    const mutex = new AsyncMutex()
    const failing = mutex.run(() => {
      throw new Error('sync failure')
    })
    const rejected = mutex.run(async () => Promise.reject(new Error('async failure')))
    const after = mutex.run(() => 42)
    await expect(failing).rejects.toThrow('sync failure')
    await expect(rejected).rejects.toThrow('async failure')
    await expect(after).resolves.toBe(42)
  })
})
