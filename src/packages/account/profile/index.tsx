import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { updateMyProfile } from '../../../../types/users/contracts'
import { FieldError } from '../../../components/field-error'
import { RoleTags } from '../../../components/role-tags'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView } from '../../../components/status-view'
import { useProfile } from '../../../hooks/use-profile'
import { openRoute } from '../../../lib/navigation'
import { formatShanghai } from '../../../../types/time'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import { showFormError, type FieldErrors } from '../../../services/show-error'
import { classNames } from '../../../lib/class-names'
import { ContactReveals } from './contact-reveals'

export default function ProfilePage() {
  const { state, profile, refresh } = useProfile()
  const [displayName, setDisplayName] = useState('')
  // The form mounts only once the field holds the loaded name: changing an H5 Input's value
  // right after it mounts (before it hydrates) throws inside Taro's input component.
  const [filledFor, setFilledFor] = useState<string | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)

  // Fill the field once the profile arrives; later reloads must not overwrite what is being typed.
  const loadedUserId = profile?.userId ?? null
  useEffect(() => {
    if (!profile) return
    setDisplayName(profile.displayName)
    setFilledFor(profile.userId)
  }, [loadedUserId])

  const save = async () => {
    if (saving) return
    setSaving(true)
    try {
      await callFunction(updateMyProfile, { displayName })
      setErrors({})
      void Taro.showToast({ title: '已保存', icon: 'success' })
      await refresh()
    } catch (error) {
      setErrors(showFormError(error))
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className='page'>
      {state.status === 'loading' && <LoadingView />}
      {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.profile} />}
      {state.status === 'error' && (
        <View className='card'>
          <LoadErrorView error={state.error} onRetry={() => void refresh()} />
        </View>
      )}
      {profile && filledFor === profile.userId && (
        <>
          <View className='card'>
            <Text className='card__title'>基本信息</Text>
            <View className={errors.displayName ? 'form-field form-field--invalid' : 'form-field'}>
              <Text className='form-field__label'>昵称</Text>
              <View className='form-field__control'>
                <Input
                  className='form-field__input'
                  data-testid='profile-display-name-input'
                  maxlength={-1}
                  placeholder='请输入昵称'
                  placeholderClass='form-field__placeholder'
                  value={displayName}
                  onInput={(e) => setDisplayName(e.detail.value)}
                />
              </View>
              <FieldError field='displayName' message={errors.displayName} />
            </View>
            <View className='info-row'>
              <Text className='info-row__label'>身份</Text>
              <View className='info-row__value'>
                <RoleTags roles={profile.roles} />
              </View>
            </View>
            <View className='info-row' onClick={() => openRoute(ROUTES.privacy)}>
              <Text className='info-row__label'>隐私授权</Text>
              <Text className='info-row__value'>
                {profile.privacyConsent && !profile.privacyConsentRequired
                  ? `已同意（${formatShanghai(profile.privacyConsent.at)}）`
                  : '未同意，点击查看'}
              </Text>
            </View>
          </View>
          <Button
            className={classNames('btn btn--primary', saving && 'btn--disabled')}
            data-testid='profile-save'
            disabled={saving}
            loading={saving}
            onClick={() => void save()}
          >
            保存
          </Button>
          {profile.roles.includes('liaison') && <ContactReveals />}
        </>
      )}
    </View>
  )
}
