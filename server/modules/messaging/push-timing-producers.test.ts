import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { newOutboxRecord, type NotificationRequest } from './enqueue-notification'

const ROOT = join(__dirname, '../../..')
const NOW = new Date('2026-11-25T15:30:00.000Z') // 23:30 Shanghai: inside quiet hours

function productionSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : productionSources(path)
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : []
  })
}

const request = (extra: object = {}): NotificationRequest => ({
  recipientUserId: 'u1',
  templateKey: 'consultation_reminder',
  notice: 'day_before',
  payload: {},
  dedupeKey: 'consult.b1.v1.day_before.u1',
  inbox: { title: '明天的咨询预约提醒', summary: '' },
  ...extra,
})

describe('push timing comes from the table, never from a producer', () => {
  it('the outbox row takes its urgency from the table row the request names', () => {
    expect(newOutboxRecord(request(), { now: NOW })).toMatchObject({ urgent: false, pushNotBefore: '2026-11-26T00:00:00.000Z' })
    expect(newOutboxRecord(request({ notice: 'hour_before' }), { now: NOW })).toMatchObject({ urgent: true, pushNotBefore: null })
    const progress = { templateKey: 'report_status_changed', notice: 'progress', dedupeKey: 'report.r1.e1.u1' }
    expect(newOutboxRecord(request(progress), { now: NOW }).urgent).toBe(false)
    expect(newOutboxRecord(request({ ...progress, urgency: 'critical' }), { now: NOW }).urgent).toBe(true)
  })

  it('refuses a request that sets urgency or push timing itself, or names a row the template lacks', () => {
    expect(() => newOutboxRecord(request({ urgent: true }), { now: NOW })).toThrow(/`urgent` comes from the push-timing table/)
    expect(() => newOutboxRecord(request({ pushNotBefore: null }), { now: NOW })).toThrow(/`pushNotBefore`/)
    expect(() => newOutboxRecord(request({ notice: 'seat_offered' }), { now: NOW })).toThrow(/no row consultation_reminder × seat_offered/)
  })

  it('no producer module computes push timing or writes an urgency flag next to an enqueue', () => {
    const offenders: string[] = []
    const producers = productionSources(join(ROOT, 'server')).filter((f) => !f.includes(join('modules', 'messaging')))
    expect(producers.length).toBeGreaterThan(50)
    let enqueuers = 0
    for (const file of producers) {
      const text = readFileSync(file, 'utf8')
      const name = relative(ROOT, file)
      if (/\bpushesAtOnce\s*\(/.test(text)) offenders.push(`${name}: calls pushesAtOnce`)
      if (!/messaging\/enqueue-notification'/.test(text)) continue
      enqueuers += 1
      const line = text.split('\n').findIndex((l) => /\b(urgent|pushNotBefore)\s*:/.test(l))
      if (line >= 0) offenders.push(`${name}:${line + 1}: sets ${text.split('\n')[line].trim()}`)
    }
    // Consultations, salons, reports (2), users (3), enterprises, alerts at least.
    expect(enqueuers).toBeGreaterThanOrEqual(9)
    expect(offenders).toEqual([])
  })
})
