import { Button, Picker, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useContext, useEffect, useState } from 'react'
import { DISTRICTS } from '../../../../types/catalog/districts'
import { IP_TYPES } from '../../../../types/catalog/ip-types'
import { REGIONS } from '../../../../types/catalog/regions'
import { SERVICE_TYPES } from '../../../../types/catalog/service-types'
import { createAgency, getAgency, setAgencyStatus, updateAgency } from '../../../../types/directory/contracts'
import { AGENCY_FIELD_LABELS, AGENCY_STATUS_LABELS, agencyFieldsSchema, type Agency } from '../../../../types/directory/schemas'
import { PHONE_HINT } from '../../../../types/validation/phone'
import { formatShanghai } from '../../../../types/time'
import { ChipMultiSelect } from '../../../components/directory/chip-select'
import { FieldError } from '../../../components/field-error'
import { LoadErrorView, LoadingView } from '../../../components/status-view'
import { classNames } from '../../../lib/class-names'
import { clearFormDraft, loadFormDraft, useFormDraft, type FormDraftKey } from '../../../lib/form-draft'
import { DraftNotice } from '../../../components/draft-notice'
import { openRoute, replaceRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { ActionError, issuesFromZod, toActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { handleLoadError, showFormError, type FieldErrors } from '../../../services/show-error'
import '../../../styles/directory.scss'
import { agencyFieldsFromForm, agencyFormValues, EMPTY_AGENCY_FORM, type AgencyFormValues } from '../agency-form-values'
import { Field, StaffGate, StaffUserIdContext, TextArea, TextInput } from '../form-parts'

const CONFLICT_MESSAGE = '该机构已被他人修改，请重新加载后再编辑'
const L = AGENCY_FIELD_LABELS

type LoadState = { status: 'loading' } | { status: 'ready'; agency: Agency | null } | { status: 'error'; error: ActionError }

export default function AgencyEditPage() {
  return (
    <View className='page'>
      <StaffGate returnTo={ROUTES.directoryAdmin}>
        <AgencyEditor />
      </StaffGate>
    </View>
  )
}

function AgencyEditor() {
  const { params } = useRouter()
  const agencyId = params.id ?? null
  const userId = useContext(StaffUserIdContext)
  const draftKey: FormDraftKey | null = userId ? { form: 'agency-edit', userId, recordId: agencyId } : null
  // What the form held when loaded: a draft is kept only while the values differ from it.
  const [pristine, setPristine] = useState<AgencyFormValues>(EMPTY_AGENCY_FORM)
  const [draftReady, setDraftReady] = useState(false)
  const [showRestored, setShowRestored] = useState(false)
  const [load, setLoad] = useState<LoadState>(agencyId ? { status: 'loading' } : { status: 'ready', agency: null })
  const [values, setValues] = useState<AgencyFormValues>(EMPTY_AGENCY_FORM)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [sending, setSending] = useState(false)
  const [saved, setSaved] = useState(false)
  const [conflict, setConflict] = useState(false)

  const reload = async () => {
    if (!agencyId) return
    setLoad({ status: 'loading' })
    try {
      const agency = await callFunction(getAgency, { agencyId })
      const fresh = agencyFormValues(agency)
      const restored = draftKey ? loadFormDraft(draftKey, fresh) : null
      setPristine(fresh)
      setValues(restored ?? fresh)
      setShowRestored(restored !== null && JSON.stringify(restored) !== JSON.stringify(fresh))
      setDraftReady(true)
      setErrors({})
      setConflict(false)
      setLoad({ status: 'ready', agency })
    } catch (error) {
      setLoad({ status: 'error', error: handleLoadError(error) })
    }
  }

  useEffect(() => {
    if (!userId) return
    if (agencyId) {
      void reload()
      return
    }
    const restored = draftKey ? loadFormDraft(draftKey, EMPTY_AGENCY_FORM) : null
    if (restored) setValues(restored)
    setShowRestored(restored !== null)
    setDraftReady(true)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [agencyId, userId])

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
  const agency = load.agency

  const update = <K extends keyof AgencyFormValues>(field: K, value: AgencyFormValues[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }))
    setSaved(false)
    const errorKey = field === 'latitude' || field === 'longitude' ? 'location' : field
    setErrors((previous) => (previous[errorKey] ? { ...previous, [errorKey]: undefined } : previous))
  }

  const onFailure = (error: unknown) => {
    const actionError = toActionError(error)
    if (actionError.code === 'CONFLICT' && actionError.issues.length === 0) {
      setConflict(true)
      void Taro.showToast({ title: CONFLICT_MESSAGE, icon: 'none', duration: 3000 })
      return
    }
    setErrors(showFormError(actionError))
  }

  const save = async () => {
    if (sending) return
    // The same schema the server applies, so most mistakes are shown without a round trip.
    const checked = agencyFieldsSchema.safeParse(agencyFieldsFromForm(values))
    if (!checked.success) {
      setErrors(showFormError(new ActionError('VALIDATION_FAILED', '', issuesFromZod(checked.error))))
      return
    }
    setSending(true)
    try {
      if (agency) {
        const next = await callFunction(updateAgency, {
          ...checked.data,
          agencyId: agency.agencyId,
          expectedRevision: agency.revision,
        })
        setLoad({ status: 'ready', agency: next })
        setPristine(agencyFormValues(next))
        setValues(agencyFormValues(next))
        setShowRestored(false)
        setSaved(true)
        void Taro.showToast({ title: '已保存', icon: 'success' })
      } else {
        const created = await callFunction(createAgency, checked.data)
        draft.finish()
        void Taro.showToast({ title: '已创建', icon: 'success' })
        replaceRoute(ROUTES.agencyEdit, { id: created.agencyId })
      }
    } catch (error) {
      onFailure(error)
    } finally {
      setSending(false)
    }
  }

  const districtIndex = values.district ? DISTRICTS.indexOf(values.district) : -1

  return (
    <View data-testid='agency-form'>
      {showRestored && <DraftNotice onDiscard={discardDraft} />}
      {agency && (
        <View className='card'>
          <View className='card__header'>
            <Text className='card__title'>{agency.name}</Text>
            <Text
              className={agency.status === 'active' ? 'tag tag--green' : 'tag tag--red'}
              data-testid='agency-status'
              data-status={agency.status}
            >
              {AGENCY_STATUS_LABELS[agency.status]}
            </Text>
          </View>
          <Text className='muted' data-testid='agency-revision'>
            第 {agency.revision} 版 · 最后修改 {formatShanghai(agency.updatedAt)}
          </Text>
          <View className='btn-group'>
            <Button
              className='btn btn--secondary btn--small'
              data-testid='open-agency-revisions'
              onClick={() => openRoute(ROUTES.agencyRevisions, { id: agency.agencyId })}
            >
              修改记录
            </Button>
            <Button
              className='btn btn--secondary btn--small'
              data-testid='open-agency-public'
              onClick={() => openRoute(ROUTES.agencyDetail, { id: agency.agencyId })}
            >
              查看公开页
            </Button>
          </View>
        </View>
      )}

      {saved && (
        <View className='admin-banner admin-banner--ok' data-testid='agency-saved'>
          <Text>已保存为第 {agency?.revision} 版。</Text>
        </View>
      )}
      {conflict && (
        <View className='admin-banner admin-banner--warn' data-testid='agency-conflict'>
          <Text>{CONFLICT_MESSAGE}。重新加载会放弃本页未保存的修改。</Text>
          <Button className='btn btn--secondary btn--small' data-testid='agency-reload' onClick={() => void reload()}>
            重新加载
          </Button>
        </View>
      )}

      <View className='card'>
        <Text className='card__title'>公布信息</Text>
        <Text className='form-field__hint'>按公布的名单填写，仅在机构本身变更时修改。</Text>
        <Field field='name' label={L.name} required error={errors.name}>
          <TextInput testId='agency-field-name' value={values.name} maxlength={60} onInput={(v) => update('name', v)} />
        </Field>
        <Field field='legalForm' label={L.legalForm} required error={errors.legalForm}>
          <TextInput testId='agency-field-legal-form' value={values.legalForm} maxlength={20} onInput={(v) => update('legalForm', v)} />
        </Field>
        <Field field='personInCharge' label={L.personInCharge} required error={errors.personInCharge}>
          <TextInput
            testId='agency-field-person'
            value={values.personInCharge}
            maxlength={20}
            onInput={(v) => update('personInCharge', v)}
          />
        </Field>
        <Field field='address' label={L.address} required error={errors.address}>
          <TextInput testId='agency-field-address' value={values.address} maxlength={120} onInput={(v) => update('address', v)} />
        </Field>
        <Field field='district' label={L.district} required error={errors.district}>
          <Picker
            mode='selector'
            range={[...DISTRICTS]}
            value={districtIndex >= 0 ? districtIndex : 0}
            onChange={(e) => update('district', DISTRICTS[Number(e.detail.value)] ?? null)}
          >
            <View className='form-field__control picker-control' data-testid='agency-field-district'>
              <Text className={values.district ? '' : 'form-field__placeholder'}>{values.district ?? '请选择县（市、区）'}</Text>
              <Text className='menu__arrow'>›</Text>
            </View>
          </Picker>
        </Field>
        <Field field='batch' label={L.batch} required error={errors.batch}>
          <TextInput testId='agency-field-batch' value={values.batch} maxlength={20} placeholder='如：第一批' onInput={(v) => update('batch', v)} />
        </Field>
        <Field field='sourceDocument' label={L.sourceDocument} error={errors.sourceDocument}>
          <TextInput
            testId='agency-field-source'
            value={values.sourceDocument}
            maxlength={60}
            placeholder='如：许市监〔2022〕44号'
            onInput={(v) => update('sourceDocument', v)}
          />
        </Field>
      </View>

      <View className='card'>
        <Text className='card__title'>服务信息</Text>
        <Field field='services' label={L.services} error={errors.services}>
          <ChipMultiSelect options={SERVICE_TYPES} selected={values.services} onChange={(v) => update('services', v)} testIdPrefix='agency-service' />
        </Field>
        <Field field='ipTypes' label={L.ipTypes} error={errors.ipTypes}>
          <ChipMultiSelect options={IP_TYPES} selected={values.ipTypes} onChange={(v) => update('ipTypes', v)} testIdPrefix='agency-iptype' />
        </Field>
        <Field field='countries' label={L.countries} error={errors.countries} hint={`已选 ${values.countries.length} 个`}>
          <ChipMultiSelect options={REGIONS} selected={values.countries} onChange={(v) => update('countries', v)} testIdPrefix='agency-country' />
        </Field>
        <Field field='phone' label={L.phone} error={errors.phone} hint={PHONE_HINT}>
          <TextInput testId='agency-field-phone' value={values.phone} maxlength={40} onInput={(v) => update('phone', v)} />
        </Field>
        <Field field='intro' label={L.intro} error={errors.intro}>
          <TextArea testId='agency-field-intro' value={values.intro} maxlength={1000} onInput={(v) => update('intro', v)} />
        </Field>
        <Field
          field='location'
          label={L.location}
          error={errors.location}
          hint='GCJ-02 坐标（可在腾讯地图坐标拾取器中取得），两项都留空表示不提供导航'
        >
          <View className='coord-row'>
            <TextInput testId='agency-field-latitude' type='digit' value={values.latitude} placeholder='纬度' onInput={(v) => update('latitude', v)} />
            <TextInput testId='agency-field-longitude' type='digit' value={values.longitude} placeholder='经度' onInput={(v) => update('longitude', v)} />
          </View>
        </Field>
      </View>

      <Button
        className={classNames('btn btn--primary', sending && 'btn--disabled')}
        data-testid='agency-save'
        disabled={sending}
        loading={sending}
        onClick={() => void save()}
      >
        {/* An element, not bare text: React would replace the button's whole textContent, removing the
            spinner's anchor that Taro's H5 button keeps inside it (NotFoundError: insertBefore). */}
        <Text>{sending ? '保存中…' : agency ? '保存修改' : '创建机构'}</Text>
      </Button>

      {agency && <StatusPanel agency={agency} onChanged={(next) => setLoad({ status: 'ready', agency: next })} onConflict={() => setConflict(true)} />}
    </View>
  )
}

interface StatusPanelProps {
  agency: Agency
  onChanged: (agency: Agency) => void
  onConflict: () => void
}

/** Suspend (reason required) or restore (note optional) the agency. */
function StatusPanel({ agency, onChanged, onConflict }: StatusPanelProps) {
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [sending, setSending] = useState(false)
  const suspending = agency.status === 'active'

  const submit = async () => {
    if (sending) return
    setSending(true)
    try {
      const next = await callFunction(
        setAgencyStatus,
        suspending
          ? { agencyId: agency.agencyId, expectedRevision: agency.revision, status: 'suspended', reason }
          : { agencyId: agency.agencyId, expectedRevision: agency.revision, status: 'active', reason: reason.trim() || null },
      )
      setReason('')
      setErrors({})
      onChanged(next)
      void Taro.showToast({ title: suspending ? '已暂停' : '已恢复', icon: 'success' })
    } catch (error) {
      const actionError = toActionError(error)
      if (actionError.code === 'CONFLICT' && actionError.issues.length === 0) {
        onConflict()
        void Taro.showToast({ title: CONFLICT_MESSAGE, icon: 'none', duration: 3000 })
      } else {
        setErrors(showFormError(actionError))
      }
    } finally {
      setSending(false)
    }
  }

  return (
    <View className='card status-panel' data-testid='agency-status-panel'>
      <Text className='card__title'>{suspending ? '暂停展示' : '恢复展示'}</Text>
      <Text className='form-field__hint'>
        {suspending ? '暂停后，该机构不再出现在公开名录中。' : `当前已暂停${agency.statusReason ? `：${agency.statusReason}` : ''}`}
      </Text>
      <View className={errors.reason ? 'form-field form-field--invalid' : 'form-field'}>
        <Text className='form-field__label'>{suspending ? '暂停原因（必填）' : '恢复说明（选填）'}</Text>
        <TextArea
          testId='agency-status-reason'
          value={reason}
          maxlength={200}
          onInput={(v) => {
            setReason(v)
            if (errors.reason) setErrors({})
          }}
        />
        <FieldError field='reason' message={errors.reason} />
      </View>
      <Button
        className={classNames(suspending ? 'btn btn--danger' : 'btn btn--primary', sending && 'btn--disabled')}
        data-testid={suspending ? 'agency-suspend' : 'agency-restore'}
        disabled={sending}
        loading={sending}
        onClick={() => void submit()}
      >
        <Text>{suspending ? '暂停展示' : '恢复展示'}</Text>
      </Button>
    </View>
  )
}
