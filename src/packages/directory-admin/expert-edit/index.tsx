import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useContext, useEffect, useState } from 'react'
import { IP_TYPES } from '../../../../types/catalog/ip-types'
import { LANGUAGES } from '../../../../types/catalog/languages'
import { REGIONS } from '../../../../types/catalog/regions'
import { SERVICE_TYPES } from '../../../../types/catalog/service-types'
import { getExpert, listExpertRevisions, setExpertStatus, upsertExpert } from '../../../../types/experts/contracts'
import { EXPERT_FIELD_LABELS, EXPERT_STATUS_LABELS, expertFieldsSchema, type Expert } from '../../../../types/experts/schemas'
import type { Revision } from '../../../../types/revisions/schemas'
import { formatShanghai } from '../../../../types/time'
import { ChipMultiSelect } from '../../../components/directory/chip-select'
import { DraftNotice } from '../../../components/draft-notice'
import { LoadErrorView, LoadingView } from '../../../components/status-view'
import { classNames } from '../../../lib/class-names'
import { clearFormDraft, loadFormDraft, useFormDraft, type FormDraftKey } from '../../../lib/form-draft'
import { openRoute, replaceRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { ActionError, issuesFromZod, toActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { handleLoadError, showActionError, showFormError, type FieldErrors } from '../../../services/show-error'
import '../../../styles/directory.scss'
import { EMPTY, numberOf, valuesOf, type ExpertFormValues } from '../expert-form-values'
import { Field, StaffGate, StaffUserIdContext, TextArea, TextInput } from '../form-parts'
import { RevisionCard } from '../revision-card'

const CONFLICT_MESSAGE = '该专家信息已被他人修改，请重新加载后再编辑'
const L = EXPERT_FIELD_LABELS

type LoadState = { status: 'loading' } | { status: 'ready'; expert: Expert | null } | { status: 'error'; error: ActionError }

export default function ExpertEditPage() {
  return (
    <View className='page'>
      <StaffGate returnTo={ROUTES.directoryAdmin}>
        <ExpertEditor />
      </StaffGate>
    </View>
  )
}

function ExpertEditor() {
  const { params } = useRouter()
  const expertId = params.id ?? null
  const userId = useContext(StaffUserIdContext)
  const draftKey: FormDraftKey | null = userId ? { form: 'expert-edit', userId, recordId: expertId } : null
  // What the form held when loaded: a draft is kept only while the values differ from it.
  const [pristine, setPristine] = useState<ExpertFormValues>(EMPTY)
  const [draftReady, setDraftReady] = useState(false)
  const [showRestored, setShowRestored] = useState(false)
  const [load, setLoad] = useState<LoadState>(expertId ? { status: 'loading' } : { status: 'ready', expert: null })
  const [values, setValues] = useState<ExpertFormValues>(EMPTY)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [sending, setSending] = useState(false)
  const [revisions, setRevisions] = useState<Revision[]>([])

  const reload = async () => {
    if (!expertId) return
    setLoad({ status: 'loading' })
    try {
      const [expert, history] = await Promise.all([
        callFunction(getExpert, { expertId }),
        callFunction(listExpertRevisions, { expertId, page: 1, pageSize: 10 }),
      ])
      const fresh = valuesOf(expert)
      const restored = draftKey ? loadFormDraft(draftKey, fresh) : null
      setPristine(fresh)
      setValues(restored ?? fresh)
      setShowRestored(restored !== null && JSON.stringify(restored) !== JSON.stringify(fresh))
      setDraftReady(true)
      setRevisions(history.items)
      setErrors({})
      setLoad({ status: 'ready', expert })
    } catch (error) {
      setLoad({ status: 'error', error: handleLoadError(error) })
    }
  }

  useEffect(() => {
    if (!userId) return
    if (expertId) {
      void reload()
      return
    }
    const restored = draftKey ? loadFormDraft(draftKey, EMPTY) : null
    if (restored) setValues(restored)
    setShowRestored(restored !== null)
    setDraftReady(true)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [expertId, userId])

  const draft = useFormDraft(draftReady ? draftKey : null, values, pristine)
  const discardDraft = () => {
    if (draftKey) clearFormDraft(draftKey)
    setValues(pristine)
    setErrors({})
    setShowRestored(false)
  }

  if (load.status === 'loading') return <LoadingView />
  if (load.status === 'error') {
    return (
      <View className='card'>
        <LoadErrorView error={load.error} onRetry={() => void reload()} />
      </View>
    )
  }
  const expert = load.expert

  const update = <K extends keyof ExpertFormValues>(field: K, value: ExpertFormValues[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }))
    setErrors((previous) => (previous[field] ? { ...previous, [field]: undefined } : previous))
  }

  const onFailure = (error: unknown) => {
    const actionError = toActionError(error)
    if (actionError.code === 'CONFLICT' && actionError.issues.length === 0) {
      void Taro.showToast({ title: CONFLICT_MESSAGE, icon: 'none', duration: 3000 })
      return
    }
    setErrors(showFormError(actionError))
  }

  const save = async () => {
    if (sending) return
    const fields = {
      ...values,
      yearsOverseasExperience: numberOf(values.yearsOverseasExperience),
      maxOpenCases: numberOf(values.maxOpenCases),
      intro: values.intro.trim() || null,
      photoFileId: expert?.photoFileId ?? null,
      userId: expert?.userId ?? null,
    }
    const checked = expertFieldsSchema.safeParse(fields)
    if (!checked.success) {
      setErrors(showFormError(new ActionError('VALIDATION_FAILED', '', issuesFromZod(checked.error))))
      return
    }
    setSending(true)
    try {
      const saved = await callFunction(
        upsertExpert,
        expert ? { ...checked.data, expertId: expert.expertId, expectedRevision: expert.revision } : checked.data,
      )
      void Taro.showToast({ title: '已保存', icon: 'success' })
      if (expert) {
        // Saved: the reload's values are the new pristine state, so nothing is kept as a draft.
        if (draftKey) clearFormDraft(draftKey)
        setShowRestored(false)
        void reload()
      } else {
        draft.finish()
        replaceRoute(ROUTES.expertEdit, { id: saved.expertId })
      }
    } catch (error) {
      onFailure(error)
    } finally {
      setSending(false)
    }
  }

  const toggleStatus = async () => {
    if (!expert || sending) return
    setSending(true)
    try {
      await callFunction(setExpertStatus, {
        expertId: expert.expertId,
        expectedRevision: expert.revision,
        status: expert.status === 'active' ? 'unavailable' : 'active',
        reason: null,
      })
      void reload()
    } catch (error) {
      showActionError(error)
    } finally {
      setSending(false)
    }
  }

  return (
    <View data-testid='expert-form'>
      {showRestored && <DraftNotice onDiscard={discardDraft} />}
      {expert && (
        <View className='card'>
          <View className='card__header'>
            <Text className='card__title'>{expert.name}</Text>
            <Text className={expert.status === 'active' ? 'tag tag--green' : 'tag tag--orange'} data-testid='expert-status'>
              {EXPERT_STATUS_LABELS[expert.status]}
            </Text>
          </View>
          <Text className='muted'>
            第 {expert.revision} 版 · 最后修改 {formatShanghai(expert.updatedAt)}
          </Text>
          <View className='btn-group'>
            <Button className='btn btn--secondary btn--small' data-testid='expert-toggle-status' onClick={() => void toggleStatus()}>
              {expert.status === 'active' ? '设为暂不接受' : '恢复接受咨询'}
            </Button>
            <Button
              className='btn btn--secondary btn--small'
              data-testid='open-expert-public'
              onClick={() => openRoute(ROUTES.expertDetail, { id: expert.expertId })}
            >
              查看公开页
            </Button>
          </View>
        </View>
      )}

      <View className='card'>
        <Text className='card__title'>基本信息</Text>
        <Field field='name' label={L.name} required error={errors.name}>
          <TextInput testId='expert-field-name' value={values.name} maxlength={20} onInput={(v) => update('name', v)} />
        </Field>
        <Field field='title' label={L.title} required error={errors.title}>
          <TextInput testId='expert-field-title' value={values.title} maxlength={30} onInput={(v) => update('title', v)} />
        </Field>
        <Field field='affiliation' label={L.affiliation} required error={errors.affiliation}>
          <TextInput testId='expert-field-affiliation' value={values.affiliation} maxlength={60} onInput={(v) => update('affiliation', v)} />
        </Field>
        <Field field='yearsOverseasExperience' label={L.yearsOverseasExperience} required error={errors.yearsOverseasExperience}>
          <TextInput
            testId='expert-field-years'
            type='number'
            value={values.yearsOverseasExperience}
            maxlength={2}
            onInput={(v) => update('yearsOverseasExperience', v)}
          />
        </Field>
        <Field field='maxOpenCases' label={L.maxOpenCases} required error={errors.maxOpenCases}>
          <TextInput testId='expert-field-max-cases' type='number' value={values.maxOpenCases} maxlength={2} onInput={(v) => update('maxOpenCases', v)} />
        </Field>
        <Field field='intro' label={L.intro} error={errors.intro}>
          <TextArea testId='expert-field-intro' value={values.intro} onInput={(v) => update('intro', v)} />
        </Field>
      </View>

      <View className='card'>
        <Text className='card__title'>专业领域</Text>
        <Field field='ipTypes' label={L.ipTypes} required error={errors.ipTypes}>
          <ChipMultiSelect options={IP_TYPES} selected={values.ipTypes} onChange={(v) => update('ipTypes', v)} testIdPrefix='expert-iptype' />
        </Field>
        <Field field='serviceTypes' label={L.serviceTypes} required error={errors.serviceTypes}>
          <ChipMultiSelect options={SERVICE_TYPES} selected={values.serviceTypes} onChange={(v) => update('serviceTypes', v)} testIdPrefix='expert-service' />
        </Field>
        <Field field='languages' label={L.languages} required error={errors.languages}>
          <ChipMultiSelect options={LANGUAGES} selected={values.languages} onChange={(v) => update('languages', v)} testIdPrefix='expert-language' />
        </Field>
        <Field field='countries' label={L.countries} required error={errors.countries}>
          <ChipMultiSelect options={REGIONS} selected={values.countries} onChange={(v) => update('countries', v)} testIdPrefix='expert-country' />
        </Field>
        <Text className='form-field__hint'>照片与关联账号暂不在此修改（保持原值）。</Text>
      </View>

      <Button
        className={classNames('btn btn--primary', sending && 'btn--disabled')}
        data-testid='expert-save'
        disabled={sending}
        loading={sending}
        onClick={() => void save()}
      >
        {/* An element, not bare text: React would replace the button's whole textContent, removing the
            spinner's anchor that Taro's H5 button keeps inside it (NotFoundError: insertBefore). */}
        <Text>{sending ? '保存中…' : expert ? '保存修改' : '创建专家'}</Text>
      </Button>

      {expert && (
        <View data-testid='expert-revisions'>
          <Text className='section-title'>最近修改记录</Text>
          {revisions.map((revision) => (
            <RevisionCard key={revision.revision} revision={revision} />
          ))}
        </View>
      )}
    </View>
  )
}
