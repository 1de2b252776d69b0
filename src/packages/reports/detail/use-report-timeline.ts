import { useReachBottom } from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import { listReportEvents } from '../../../../types/reports/contracts'
import type { ReportDetail, ReportEvent } from '../../../../types/reports/schemas'
import { callFunction } from '../../../services/call-function'
import { showActionError } from '../../../services/show-error'

export interface ReportTimeline {
  /** Every loaded event, oldest first. */
  events: readonly ReportEvent[]
  hasOlder: boolean
  loadingOlder: boolean
  loadOlder: () => Promise<void>
  /** A fresh detail (after any action): its newest page replaces what was loaded. */
  reset: (report: ReportDetail) => void
  /** An event this page just wrote: shown at once, without reading the timeline again. */
  append: (event: ReportEvent) => void
}

/**
 * The report's timeline as pages, newest first: the detail brings the newest page, reaching the
 * bottom of the page (or the button) fetches the one before, so a thread of any length opens fast.
 */
export function useReportTimeline(reportId: string): ReportTimeline {
  const [events, setEvents] = useState<readonly ReportEvent[]>([])
  const [cursor, setCursor] = useState<string | null>(null)
  const [loadingOlder, setLoadingOlder] = useState(false)
  const busy = useRef(false)

  const reset = useCallback((report: ReportDetail) => {
    setEvents(report.timeline)
    setCursor(report.olderEventsCursor)
  }, [])

  const append = useCallback((event: ReportEvent) => {
    setEvents((current) => (current.some((e) => e.eventId === event.eventId) ? current : [...current, event]))
  }, [])

  const loadOlder = useCallback(async () => {
    if (cursor === null || busy.current) return
    busy.current = true
    setLoadingOlder(true)
    try {
      const page = await callFunction(listReportEvents, { reportId, before: cursor })
      setEvents((current) => [...page.items.filter((e) => !current.some((c) => c.eventId === e.eventId)), ...current])
      setCursor(page.nextCursor)
    } catch (error) {
      showActionError(error)
    } finally {
      busy.current = false
      setLoadingOlder(false)
    }
  }, [cursor, reportId])

  useReachBottom(() => void loadOlder())

  return { events, hasOlder: cursor !== null, loadingOlder, loadOlder, reset, append }
}
