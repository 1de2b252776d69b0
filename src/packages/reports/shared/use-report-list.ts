import { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ReportSummary } from '../../../../types/reports/schemas'
import type { ActionError } from '../../../services/action-error'
import { hasSession } from '../../../services/session'
import { handleLoadError } from '../../../services/show-error'

export type ListState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'ready'; items: ReportSummary[]; total: number }
  | { status: 'error'; error: ActionError }

type Page = { items: ReportSummary[]; total: number }

/** Loads a report list each time the page is shown and whenever `load` changes (a filter). */
export function useReportList(load: () => Promise<Page>) {
  const [state, setState] = useState<ListState>({ status: 'loading' })
  const latest = useRef(0)

  const refresh = useCallback(async () => {
    if (!hasSession()) {
      setState({ status: 'signed-out' })
      return
    }
    const id = ++latest.current
    try {
      const page = await load()
      if (id === latest.current) setState({ status: 'ready', items: page.items, total: page.total })
    } catch (error) {
      const actionError = handleLoadError(error)
      if (id === latest.current) setState({ status: 'error', error: actionError })
    }
  }, [load])

  const shown = useRef(false)
  useDidShow(() => {
    shown.current = true
    void refresh()
  })
  // A new filter (a new `load`) reloads at once; the first load comes from useDidShow.
  useEffect(() => {
    if (shown.current) void refresh()
  }, [refresh])

  return { state, refresh }
}
