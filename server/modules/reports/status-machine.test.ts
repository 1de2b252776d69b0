import { REPORT_STATUSES, type ReportStatus } from '../../../types/reports/schemas'
import { AppError } from '../../core/app-error'
import { assertTransition, canTransition } from './status-machine'

const ALLOWED = new Set<string>([
  'unassigned>assigned',
  'unassigned>withdrawn',
  'assigned>assigned',
  'assigned>unassigned',
  'assigned>in_progress',
  'assigned>withdrawn',
  'in_progress>assigned',
  'in_progress>awaiting_info',
  'in_progress>resolved',
  'awaiting_info>in_progress',
  'awaiting_info>assigned',
  'awaiting_info>resolved',
  'resolved>closed',
  'resolved>in_progress',
  'closed>in_progress',
])

const pairs: [ReportStatus, ReportStatus][] = REPORT_STATUSES.flatMap((from) => REPORT_STATUSES.map((to): [ReportStatus, ReportStatus] => [from, to]))

describe('report status machine: every pair', () => {
  it('covers all 49 pairs', () => expect(pairs).toHaveLength(49))

  it.each(pairs)('%s → %s', (from, to) => {
    const allowed = ALLOWED.has(`${from}>${to}`)
    expect(canTransition(from, to)).toBe(allowed)
    if (allowed) {
      expect(() => assertTransition(from, to)).not.toThrow()
    } else {
      let thrown: unknown
      try {
        assertTransition(from, to)
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(AppError)
      expect(thrown).toMatchObject({ code: 'INVALID_STATE' })
    }
  })
})
