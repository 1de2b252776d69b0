import { inShanghai } from '../../../types/time'

/**
 * WeChat / CloudBase timer cron: seven fields — second minute hour day month weekday year —
 * evaluated in UTC+8 (Asia/Shanghai). Weekday 0 is Sunday (names SUN–SAT); month names JAN–DEC.
 * Supports `*`, lists `a,b`, ranges `a-b`, and steps `*\/n`, `a/n`, `a-b/n`. When both day and
 * weekday are restricted they combine with OR, as the platform documents.
 */
export interface CronSchedule {
  source: string
  matches(instant: Date): boolean
}

interface FieldSpec {
  name: string
  min: number
  max: number
  names?: readonly string[]
}

const FIELDS: readonly FieldSpec[] = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] },
  { name: 'weekday', min: 0, max: 6, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
  { name: 'year', min: 1970, max: 2099 },
]

export class CronSyntaxError extends Error {}

function parseValue(raw: string, spec: FieldSpec): number {
  const upper = raw.toUpperCase()
  const named = spec.names?.indexOf(upper) ?? -1
  const value = named >= 0 ? named + spec.min : /^\d+$/.test(raw) ? Number(raw) : NaN
  if (!Number.isInteger(value) || value < spec.min || value > spec.max) {
    throw new CronSyntaxError(`${spec.name}: "${raw}" is outside ${spec.min}-${spec.max}`)
  }
  return value
}

function parseField(raw: string, spec: FieldSpec): { any: boolean; values: Set<number> } {
  if (raw === '*') return { any: true, values: new Set() }
  const values = new Set<number>()
  for (const part of raw.split(',')) {
    const [range, stepRaw, extra] = part.split('/')
    if (extra !== undefined || range === '') throw new CronSyntaxError(`${spec.name}: "${part}" is not valid`)
    const step = stepRaw === undefined ? 1 : Number(stepRaw)
    if (!Number.isInteger(step) || step < 1) throw new CronSyntaxError(`${spec.name}: step "${stepRaw}" is not valid`)
    let from: number
    let to: number
    if (range === '*') {
      from = spec.min
      to = spec.max
    } else if (range.includes('-')) {
      const [a, b] = range.split('-')
      from = parseValue(a, spec)
      to = parseValue(b, spec)
      if (from > to) throw new CronSyntaxError(`${spec.name}: range "${range}" is reversed`)
    } else {
      from = parseValue(range, spec)
      to = stepRaw === undefined ? from : spec.max
    }
    for (let v = from; v <= to; v += step) values.add(v)
  }
  return { any: false, values }
}

export function parseCron(source: string): CronSchedule {
  const parts = source.trim().split(/\s+/)
  if (parts.length !== FIELDS.length) {
    throw new CronSyntaxError(`expected 7 fields (second minute hour day month weekday year), got ${parts.length}`)
  }
  const [second, minute, hour, day, month, weekday, year] = parts.map((p, i) => parseField(p, FIELDS[i]))
  const has = (f: { any: boolean; values: Set<number> }, v: number) => f.any || f.values.has(v)
  return {
    source,
    matches(instant: Date): boolean {
      const t = inShanghai(instant)
      const dayMatches =
        day.any || weekday.any ? has(day, t.date()) && has(weekday, t.day()) : day.values.has(t.date()) || weekday.values.has(t.day())
      return (
        has(second, t.second()) &&
        has(minute, t.minute()) &&
        has(hour, t.hour()) &&
        dayMatches &&
        has(month, t.month() + 1) &&
        has(year, t.year())
      )
    },
  }
}
