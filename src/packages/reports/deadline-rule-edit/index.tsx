import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { listDeadlineRuleRevisions, listDeadlineRules, saveDeadlineRule } from '../../../../types/deadlines/contracts'
import type { Revision } from '../../../../types/revisions/schemas'
import { formatShanghai } from '../../../../types/time'
import { CONFIDENCES, CONFIDENCE_LABELS, PERIOD_UNITS, PERIOD_UNIT_LABELS, deadlineRuleFieldsSchema, type DeadlineRule } from '../../../../types/deadlines/schemas'
import { DraftNotice } from '../../../components/draft-notice'
import { FieldError } from '../../../components/field-error'
import { LoadErrorView, LoadingView } from '../../../components/status-view'
import { useProfile } from '../../../hooks/use-profile'
import { classNames } from '../../../lib/class-names'
import { clearFormDraft, loadFormDraft, useFormDraft, type FormDraftKey } from '../../../lib/form-draft'
import { goBackOr } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { ActionError, issuesFromZod } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { handleLoadError, showFormError, type FieldErrors } from '../../../services/show-error'
import { SingleChips } from '../shared/chips'
import { ruleTitle } from '../shared/deadline-text'
// Same order as the other report pages (legal-deadline first): one CSS order for the subpackage.
import '../shared/legal-deadline.scss'
import '../shared/reports.scss'

type State = { status: 'loading' } | { status: 'ready'; rule: DeadlineRule } | { status: 'error'; error: ActionError }
type Form = Omit<DeadlineRule, 'ruleId' | 'revision' | 'updatedAt' | 'stale'> & { amountText: string; reason: string }

/** What this page lets staff change: only this is kept as a draft and restored over the loaded rule. */
type RuleDraft = Pick<Form, 'period' | 'amountText' | 'extension' | 'note' | 'sourceCitation' | 'sourceUrl' | 'verifiedOn' | 'confidence' | 'reason'>

function draftOf(form: Form): RuleDraft {
  const { period, amountText, extension, note, sourceCitation, sourceUrl, verifiedOn, confidence, reason } = form
  return { period, amountText, extension, note, sourceCitation, sourceUrl, verifiedOn, confidence, reason }
}

/** A kept draft over the loaded form, where its values are still ones the form can show. */
function withDraft(form: Form, draft: RuleDraft): Form {
  const unit = draft.period?.unit
  const period = form.period && typeof draft.period === 'object' && draft.period && unit && (PERIOD_UNITS as readonly string[]).includes(unit) ? draft.period : form.period
  const confidence = (CONFIDENCES as readonly string[]).includes(draft.confidence) ? draft.confidence : form.confidence
  return { ...form, ...draft, period, confidence }
}

const UNIT_OPTIONS = PERIOD_UNITS.map((code) => ({ code, name: PERIOD_UNIT_LABELS[code] }))
const CONFIDENCE_OPTIONS = CONFIDENCES.map((code) => ({ code, name: CONFIDENCE_LABELS[code] }))

function today(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

function TextField({ field, label, value, error, onChange, multiline }: {
  field: string
  label: string
  value: string
  error?: string
  onChange: (value: string) => void
  multiline?: boolean
}) {
  return (
    <View className={error ? 'form-field form-field--invalid' : 'form-field'} data-testid={`rule-field-${field}`}>
      <Text className='form-field__label'>{label}</Text>
      <View className={multiline ? 'form-field__control form-field__control--textarea' : 'form-field__control'}>
        {multiline ? (
          <Textarea className='form-field__textarea' data-testid={`rule-${field}`} value={value} maxlength={-1} onInput={(e) => onChange(e.detail.value)} />
        ) : (
          <Input className='form-field__input' data-testid={`rule-${field}`} value={value} maxlength={-1} onInput={(e) => onChange(e.detail.value)} />
        )}
      </View>
      <FieldError field={field} message={error} />
    </View>
  )
}

/** Staff correct one rule over the revision they loaded; the change applies to later reports only. */
export default function DeadlineRuleEditPage() {
  const { params } = useRouter()
  const ruleId = params.id ?? ''
  const [state, setState] = useState<State>({ status: 'loading' })
  const [form, setForm] = useState<Form | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)
  const [history, setHistory] = useState<Revision[]>([])
  const savingRef = useRef(false)
  const [pristine, setPristine] = useState<Form | null>(null)
  const [showRestored, setShowRestored] = useState(false)
  const [draftApplied, setDraftApplied] = useState(false)

  const { profile } = useProfile()
  const userId = profile?.userId ?? null
  const loadedRule = state.status === 'ready' ? state.rule : null
  // Keyed by the revision loaded: a draft made over an older revision is never laid over someone's later change.
  const draftKey: FormDraftKey | null = userId && loadedRule ? { form: 'deadline-rule', userId, recordId: `${loadedRule.ruleId}:r${loadedRule.revision}` } : null
  const draftValues = useMemo(() => (form ? draftOf(form) : {}), [form])
  const pristineDraft = useMemo(() => (pristine ? draftOf(pristine) : {}), [pristine])
  const draft = useFormDraft(draftApplied ? draftKey : null, draftValues, pristineDraft)

  // Once both the rule and the user are known, lay a kept draft over the untouched form.
  useEffect(() => {
    if (draftApplied || !draftKey || !form || !pristine) return
    const untouched = JSON.stringify(draftOf(form)) === JSON.stringify(draftOf(pristine))
    const restored = untouched ? loadFormDraft(draftKey, draftOf(pristine)) : null
    if (restored && JSON.stringify(restored) !== JSON.stringify(draftOf(pristine))) {
      setForm(withDraft(pristine, restored))
      setShowRestored(true)
    }
    setDraftApplied(true)
  }, [draftApplied, draftKey, form, pristine])

  const load = useCallback(async () => {
    try {
      const rule = (await callFunction(listDeadlineRules, {})).items.find((r) => r.ruleId === ruleId)
      if (!rule) throw new ActionError('NOT_FOUND', '没有找到这条规则，可能已被删除')
      const { ruleId: _id, revision: _r, updatedAt: _u, stale: _s, ...fields } = rule
      const fresh = { ...fields, amountText: rule.period ? String(rule.period.amount) : '', reason: '' }
      setForm(fresh)
      setPristine(fresh)
      setState({ status: 'ready', rule })
      // The history is a help, not a precondition: the form works without it.
      callFunction(listDeadlineRuleRevisions, { ruleId, pageSize: 10 })
        .then((page) => setHistory(page.items))
        .catch(() => setHistory([]))
    } catch (error) {
      setState({ status: 'error', error: handleLoadError(error) })
    }
  }, [ruleId])
  useEffect(() => void load(), [load])

  // Wait for a kept draft to be laid over the form before the fields render: changing an input's
  // value right after it mounts races Taro H5's input hydration (a console error).
  if (state.status === 'loading' || (state.status === 'ready' && (!form || (draftKey && !draftApplied)))) return <LoadingView />
  if (state.status === 'error' || !form) {
    return (
      <View className='page'>
        <View className='card'>{state.status === 'error' && <LoadErrorView error={state.error} onRetry={() => void load()} />}</View>
      </View>
    )
  }
  const { rule } = state
  const set = (patch: Partial<Form>, field: string) => {
    setForm({ ...form, ...patch })
    setErrors((previous) => ({ ...previous, [field]: undefined }))
  }

  const discardDraft = () => {
    if (draftKey) clearFormDraft(draftKey)
    if (pristine) setForm(pristine)
    setErrors({})
    setShowRestored(false)
  }

  const save = async () => {
    if (savingRef.current) return
    const { amountText, reason, ...fields } = form
    const period = fields.period ? { amount: Number(amountText), unit: fields.period.unit } : null
    const checked = deadlineRuleFieldsSchema.safeParse({ ...fields, period })
    if (!checked.success) {
      setErrors(showFormError(new ActionError('VALIDATION_FAILED', '', issuesFromZod(checked.error))))
      return
    }
    savingRef.current = true
    setSaving(true)
    try {
      await callFunction(saveDeadlineRule, { ruleId: rule.ruleId, expectedRevision: rule.revision, fields: checked.data, reason: reason.trim() || null })
      draft.finish()
      void Taro.showToast({ title: '已保存', icon: 'success' })
      goBackOr(ROUTES.deadlineRules)
    } catch (error) {
      setErrors(showFormError(error))
    } finally {
      savingRef.current = false
      setSaving(false)
    }
  }

  return (
    <View className='page' data-testid='deadline-rule-edit'>
      {showRestored && <DraftNotice onDiscard={discardDraft} />}
      <View className='card'>
        <Text className='card__title'>{ruleTitle(rule)}</Text>
        <Text className='muted'>第 {rule.revision} 版。修改会记录在修订历史中，已提交的上报仍按原版本显示并提示有更新。</Text>
        {form.period && (
          <View className={errors.period ? 'form-field form-field--invalid' : 'form-field'} data-testid='rule-field-period'>
            <Text className='form-field__label'>期限</Text>
            <View className='form-field__control'>
              <Input className='form-field__input' type='number' data-testid='rule-period-amount' maxlength={-1} value={form.amountText} onInput={(e) => set({ amountText: e.detail.value }, 'period')} />
            </View>
            <SingleChips options={UNIT_OPTIONS} value={form.period.unit} onChange={(unit) => set({ period: { amount: form.period?.amount ?? 1, unit } }, 'period')} testIdPrefix='rule-period-unit' />
            <FieldError field='period' message={errors.period} />
          </View>
        )}
        <TextField field='extension' label='延期说明' value={form.extension ?? ''} error={errors.extension} onChange={(v) => set({ extension: v }, 'extension')} multiline />
        <TextField field='note' label='说明' value={form.note ?? ''} error={errors.note} onChange={(v) => set({ note: v }, 'note')} multiline />
        <TextField field='sourceCitation' label='来源（法条或官方页面）' value={form.sourceCitation} error={errors.sourceCitation} onChange={(v) => set({ sourceCitation: v }, 'sourceCitation')} multiline />
        <TextField field='sourceUrl' label='来源链接' value={form.sourceUrl ?? ''} error={errors.sourceUrl} onChange={(v) => set({ sourceUrl: v.trim() || null }, 'sourceUrl')} />
        <View className='form-field' data-testid='rule-field-verifiedOn'>
          <Text className='form-field__label'>核实日期</Text>
          <Picker mode='date' value={form.verifiedOn ?? today()} end={today()} onChange={(e) => set({ verifiedOn: e.detail.value }, 'verifiedOn')}>
            <View className='form-field__control picker-control' data-testid='rule-verified-on'>
              <Text className={form.verifiedOn ? 'picker-control__value' : 'form-field__placeholder'}>{form.verifiedOn ?? '尚未核实'}</Text>
            </View>
          </Picker>
          <FieldError field='verifiedOn' message={errors.verifiedOn} />
        </View>
        <View className='form-field'>
          <Text className='form-field__label'>可信度</Text>
          <SingleChips options={CONFIDENCE_OPTIONS} value={form.confidence} onChange={(confidence) => set({ confidence }, 'confidence')} testIdPrefix='rule-confidence' />
        </View>
        <TextField field='reason' label='修改原因（记录在修订历史中）' value={form.reason} onChange={(v) => set({ reason: v }, 'reason')} multiline />
      </View>
      {history.length > 0 && (
        <View className='card' data-testid='rule-history'>
          <Text className='card__title'>修订历史</Text>
          {history.map((revision) => (
            <View key={revision.revision} className='legal-rule'>
              <Text className='legal-rule__line'>
                第 {revision.revision} 版 · {formatShanghai(revision.at)} · {revision.actor.displayName}
              </Text>
              <Text className='legal-rule__line'>修改：{revision.changes.map((change) => change.label).join('、') || '无'}</Text>
              {revision.note && <Text className='legal-rule__line'>原因：{revision.note}</Text>}
            </View>
          ))}
        </View>
      )}
      <Button className={classNames('btn btn--primary', saving && 'btn--disabled')} data-testid='rule-save' disabled={saving} onClick={() => void save()}>
        {saving ? '保存中…' : '保存'}
      </Button>
    </View>
  )
}
