import { Button, Input, Picker, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { INDUSTRIES, industryName, type IndustryCode } from '../../../../types/catalog/industries'
import type { RegionCode } from '../../../../types/catalog/regions'
import { updateEnterprise } from '../../../../types/users/contracts'
import type { Enterprise } from '../../../../types/users/schemas'
import { DraftNotice } from '../../../components/draft-notice'
import { FieldError } from '../../../components/field-error'
import { RegionPicker } from '../../../components/region-picker'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadingView, StatusView } from '../../../components/status-view'
import { useProfile } from '../../../hooks/use-profile'
import { classNames } from '../../../lib/class-names'
import { clearFormDraft, loadFormDraft, useFormDraft, type FormDraftKey } from '../../../lib/form-draft'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import { showFormError, type FieldErrors } from '../../../services/show-error'
import '../enterprise-apply/index.scss'

const INDUSTRY_NAMES = INDUSTRIES.map((industry) => industry.name)

/**
 * The liaison's own enterprise record: name, industry, markets. A separate, audited edit — each
 * save is a revision, the other liaisons are told, and a stale save is refused.
 */
function EditForm({ enterprise, userId, onSaved }: { enterprise: Enterprise; userId: string; onSaved: (e: Enterprise) => void }) {
  const draftKey: FormDraftKey = { form: 'enterprise-edit', userId, recordId: enterprise.enterpriseId }
  const [pristine] = useState(() => ({ name: enterprise.name, industry: enterprise.industry as string, markets: [...enterprise.exportMarkets] as string[] }))
  // A change not saved yet is kept on this device (the form is keyed by revision, so a save starts afresh).
  const [restored] = useState(() => loadFormDraft(draftKey, pristine))
  const [showRestored, setShowRestored] = useState(restored !== null && JSON.stringify(restored) !== JSON.stringify(pristine))
  const [name, setName] = useState((restored ?? pristine).name)
  const [industry, setIndustry] = useState<IndustryCode>((restored ?? pristine).industry as IndustryCode)
  const [markets, setMarkets] = useState<RegionCode[]>((restored ?? pristine).markets as RegionCode[])
  const values = useMemo(() => ({ name, industry: industry as string, markets: markets as string[] }), [name, industry, markets])
  const draft = useFormDraft(draftKey, values, pristine)
  const discardDraft = () => {
    clearFormDraft(draftKey)
    setName(pristine.name)
    setIndustry(pristine.industry as IndustryCode)
    setMarkets(pristine.markets as RegionCode[])
    setShowRestored(false)
  }
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)

  const save = async () => {
    if (saving) return
    setSaving(true)
    try {
      const saved = await callFunction(updateEnterprise, {
        enterpriseId: enterprise.enterpriseId,
        expectedRevision: enterprise.revision,
        name,
        industry,
        exportMarkets: markets,
        note: null,
      })
      setErrors({})
      draft.finish()
      onSaved(saved)
      void Taro.showToast({ title: '已保存', icon: 'success' })
    } catch (error) {
      setErrors(showFormError(error))
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className='card' data-testid='enterprise-edit'>
      {showRestored && <DraftNotice onDiscard={discardDraft} />}
      <Text className='card__desc'>信用代码 {enterprise.creditCode}（不可修改）。保存后其他联络员会收到通知，修改记录可查。</Text>
      <View className={errors.name ? 'form-field form-field--invalid' : 'form-field'}>
        <Text className='form-field__label'>企业名称</Text>
        <View className='form-field__control'>
          <Input className='form-field__input' data-testid='enterprise-edit-name' maxlength={-1} value={name} onInput={(e) => setName(e.detail.value)} />
        </View>
        <FieldError field='name' message={errors.name} />
      </View>
      <View className='form-field'>
        <Text className='form-field__label'>所属行业</Text>
        <Picker
          mode='selector'
          range={INDUSTRY_NAMES}
          value={Math.max(0, INDUSTRIES.findIndex((i) => i.code === industry))}
          onChange={(e) => setIndustry(INDUSTRIES[Number(e.detail.value)]?.code ?? industry)}
        >
          <View className='form-field__control picker-control'>
            <Text className='picker-control__value'>{industryName(industry)}</Text>
            <Text className='menu__arrow'>›</Text>
          </View>
        </Picker>
      </View>
      <View className={errors.exportMarkets ? 'form-field form-field--invalid' : 'form-field'}>
        <Text className='form-field__label'>主要出口市场</Text>
        <RegionPicker selected={markets} onChange={setMarkets} max={20} testId='enterprise-edit-markets' chipTestIdPrefix='edit-market' />
        <FieldError field='exportMarkets' message={errors.exportMarkets} />
      </View>
      <Button
        className={classNames('btn btn--primary', saving && 'btn--disabled')}
        data-testid='enterprise-edit-save'
        disabled={saving}
        loading={saving}
        onClick={() => void save()}
      >
        保存修改
      </Button>
    </View>
  )
}

export default function EnterpriseEditPage() {
  const { state, profile } = useProfile()
  const [saved, setSaved] = useState<Enterprise | null>(null)
  const enterprise = saved ?? profile?.enterprise ?? null

  return (
    <View className='page apply'>
      {state.status === 'loading' && <LoadingView />}
      {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.enterpriseEdit} />}
      {profile && !enterprise && <StatusView icon='企' title='您还不是认证企业的联络员' description='企业信息由联络员或局工作人员修改。' testId='enterprise-edit-none' />}
      {enterprise && profile && <EditForm key={`${enterprise.enterpriseId}-${enterprise.revision}`} enterprise={enterprise} userId={profile.userId} onSaved={setSaved} />}
    </View>
  )
}
