import { acceptPrivacyGuide } from '../../../../types/users/contracts'
import { PRIVACY_GUIDE_VERSION } from '../../../../types/users/schemas'
import { AppError } from '../../../core/app-error'
import { defineHandler } from '../../../core/define-handler'
import { buildProfile } from '../build-profile'
import { loadUser } from '../load-user'
import { userRepository } from '../user-repository'

export const acceptPrivacyGuideHandler = defineHandler({
  contract: acceptPrivacyGuide,
  access: 'signed-in',
  async handle({ version }, { runtime, caller, now }) {
    // Consent counts only for the guide the user actually saw: a stale client must reload it.
    if (version !== PRIVACY_GUIDE_VERSION) {
      throw new AppError('INVALID_STATE', '隐私保护指引已更新，请刷新页面后重新阅读')
    }
    const at = now.toISOString()
    await userRepository(runtime.store).update(caller.userId, {
      $set: { privacyConsent: { version, at }, updatedAt: at },
    })
    return buildProfile(runtime.store, caller, await loadUser(runtime.store, caller))
  },
})
