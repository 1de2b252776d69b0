import { devSignInOutputSchema } from '../../types/dev-session'
import { getMyProfile } from '../../types/users/contracts'
import { startHarness } from '../../tests/support/gateway-harness'

describe('development sign-in', () => {
  it('in development mode lists demo users and signs in as one of them', async () => {
    const h = await startHarness({ mode: 'development' })
    try {
      const list = await fetch(`${h.url}/api/dev/demo-users`).then((r) => r.json())
      expect(list.data.users.map((u: { key: string }) => u.key)).toEqual(['visitor', 'liaison', 'expert', 'agency', 'staff', 'admin'])
      const signIn = await h.post('/api/dev/sign-in', JSON.stringify({ key: 'staff' }))
      const session = devSignInOutputSchema.parse((signIn.json as { data: unknown }).data)
      expect(session.expiresAt).toBe('2026-11-25T14:00:00.000Z')
      const profile = await fetch(`${h.url}/api/functions/users`, {
        method: 'POST',
        headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ action: getMyProfile.action, data: {} }),
      }).then((r) => r.json())
      expect(profile).toMatchObject({ ok: true, data: { roles: ['staff'], displayName: '张科员（市场监管局）' } })
      expect(await h.post('/api/dev/sign-in', JSON.stringify({ key: 'root' }))).toMatchObject({ status: 404 })
    } finally {
      await h.close()
    }
  })

  it('is refused outside development mode, and no demo user is seeded', async () => {
    const h = await startHarness({ mode: 'production' })
    try {
      expect(await h.post('/api/dev/sign-in', JSON.stringify({ key: 'staff' }))).toMatchObject({
        status: 403,
        json: { ok: false, code: 'DEV_SIGN_IN_DISABLED' },
      })
      const list = await fetch(`${h.url}/api/dev/demo-users`)
      expect(list.status).toBe(403)
      // The demo staff openid is just an unknown user here: no roles.
      expect(await h.ok(getMyProfile, {}, 'dev-openid-staff')).toMatchObject({ roles: [] })
    } finally {
      await h.close()
    }
  })
})
