import { useEffect, useState } from 'react'
import type { ActionError } from '../services/action-error'
import { hasSession } from '../services/session'
import { handleLoadError } from '../services/show-error'

export type LoadState<T> =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: ActionError }

/**
 * Loads one thing for a page that needs a session: 'signed-out' without one (the page offers
 * sign-in), otherwise loading → ready or error (with a retry through `reload`). Reloads when `key`
 * changes, e.g. the id in the route.
 */
export function useSignedInLoad<T>(fetch: () => Promise<T>, key: string): { state: LoadState<T>; reload: () => Promise<void> } {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' })

  const reload = async () => {
    if (!hasSession()) {
      setState({ status: 'signed-out' })
      return
    }
    setState({ status: 'loading' })
    try {
      setState({ status: 'ready', data: await fetch() })
    } catch (error) {
      setState({ status: 'error', error: handleLoadError(error) })
    }
  }

  useEffect(() => {
    void reload()
    // `fetch` is a new closure each render; the key says when it means something new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  return { state, reload }
}
