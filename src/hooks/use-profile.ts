import { useDidShow } from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import type { Role } from '../../types/roles'
import { getMyProfile } from '../../types/users/contracts'
import type { UserProfile } from '../../types/users/schemas'
import { toActionError, type ActionError } from '../services/action-error'
import { callFunction } from '../services/call-function'
import { hasSession } from '../services/session'
import { handleLoadError } from '../services/show-error'

export type ProfileState =
  | { status: 'loading' }
  /** H5 only: no dev session yet, so nothing was requested. */
  | { status: 'signed-out' }
  | { status: 'ready'; profile: UserProfile }
  | { status: 'error'; error: ActionError }

interface UseProfileOptions {
  /**
   * 'redirect': the page shows failures inline, and an unauthenticated H5 user is sent to sign in;
   * 'quiet': failures are only recorded, for pages that work without a profile (home, tabs).
   */
  onError?: 'redirect' | 'quiet'
}

/** Loads the caller's profile each time the page is shown, so it is fresh after a form elsewhere. */
export function useProfile({ onError = 'redirect' }: UseProfileOptions = {}) {
  const [state, setState] = useState<ProfileState>({ status: 'loading' })
  // Ignores answers that arrive after a newer request was made (quick tab switches).
  const latestRequest = useRef(0)

  const refresh = useCallback(async (): Promise<UserProfile | null> => {
    if (!hasSession()) {
      setState({ status: 'signed-out' })
      return null
    }
    const requestId = ++latestRequest.current
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }))
    try {
      const profile = await callFunction(getMyProfile, {})
      if (requestId === latestRequest.current) setState({ status: 'ready', profile })
      return profile
    } catch (error) {
      const actionError = onError === 'redirect' ? handleLoadError(error) : toActionError(error)
      if (requestId === latestRequest.current) setState({ status: 'error', error: actionError })
      return null
    }
  }, [onError])

  useDidShow(() => {
    void refresh()
  })

  const profile = state.status === 'ready' ? state.profile : null
  const roles: Role[] = profile?.roles ?? []
  return { state, profile, roles, refresh }
}

export function isStaff(roles: readonly Role[]): boolean {
  return roles.includes('staff') || roles.includes('admin')
}
