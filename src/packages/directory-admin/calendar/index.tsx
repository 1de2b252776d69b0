import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { getWorkingCalendar, previewHolidayNotice, saveCalendarYear } from '../../../../types/calendar/contracts'
import type { CalendarYearView, WorkingCalendarView } from '../../../../types/calendar/schemas'
import { formatShanghai } from '../../../../types/time'
import { CalendarWarning } from '../../../components/calendar-warning'
import { LoadErrorView, LoadingView } from '../../../components/status-view'
import { ROUTES } from '../../../routes'
import type { ActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { handleLoadError, showFormError, type FieldErrors } from '../../../services/show-error'
import { Field, StaffGate, TextArea, TextInput } from '../form-parts'
import { clearCalendarDraft, emptyCalendarDraft, loadCalendarDraft, saveCalendarDraft, splitDates, type CalendarDraft } from './calendar-draft'
import '../../../styles/directory.scss'

type LoadState = { status: 'loading' } | { status: 'ready'; calendar: WorkingCalendarView } | { status: 'error'; error: ActionError }

const SOURCE_LABELS: Record<CalendarYearView['source']['kind'], string> = { official: '随应用提供的官方通知', notice: '从通知导入', manual: '手工录入' }

function YearRow({ year, onEdit }: { year: CalendarYearView; onEdit: () => void }) {
  return (
    <View className='card' data-testid='calendar-year' data-year={year.year}>
      <View className='card__header'>
        <Text className='card__title'>{year.year} 年</Text>
        <Button className='btn btn--secondary btn--small' data-testid={`calendar-edit-${year.year}`} onClick={onEdit}>
          修改
        </Button>
      </View>
      <Text className='muted'>
        放假 {year.holidays.length} 天 · 调休上班 {year.makeupWorkdays.length} 天 · {SOURCE_LABELS[year.source.kind]}
        {year.source.title ? `（${year.source.title}）` : ''} · 更新于 {formatShanghai(year.updatedAt)}
      </Text>
    </View>
  )
}

function CalendarEditor({ calendar, draft, setDraft, onSaved }: {
  calendar: WorkingCalendarView
  draft: CalendarDraft
  setDraft: (d: CalendarDraft) => void
  onSaved: () => void
}) {
  const [errors, setErrors] = useState<FieldErrors>({})
  const [problems, setProblems] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const year = Number(draft.year)
  const existing = calendar.years.find((y) => y.year === year) ?? null
  const change = (patch: Partial<CalendarDraft>) => setDraft({ ...draft, ...patch })

  const readNotice = async () => {
    if (busy) return
    setBusy(true)
    try {
      const parsed = await callFunction(previewHolidayNotice, { year, text: draft.noticeText })
      setProblems(parsed.problems)
      setErrors({})
      change({ holidays: parsed.holidays.join('\n'), makeupWorkdays: parsed.makeupWorkdays.join('\n'), fromNotice: true })
    } catch (error) {
      setErrors(showFormError(error))
    } finally {
      setBusy(false)
    }
  }

  const save = async () => {
    if (busy) return
    setBusy(true)
    try {
      await callFunction(saveCalendarYear, {
        year,
        holidays: splitDates(draft.holidays),
        makeupWorkdays: splitDates(draft.makeupWorkdays),
        source: draft.fromNotice ? { kind: 'notice', title: `国务院办公厅关于${year}年部分节假日安排的通知` } : { kind: 'manual', title: null },
        expectedVersion: existing?.version ?? null,
      })
      setErrors({})
      setProblems([])
      void Taro.showToast({ title: '已保存', icon: 'success' })
      onSaved()
    } catch (error) {
      setErrors(showFormError(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='card' data-testid='calendar-editor'>
      <Text className='card__title'>{existing ? `修改 ${year} 年` : '录入一年的节假日安排'}</Text>
      <Field field='year' label='年份' required error={errors.year}>
        <TextInput testId='calendar-year-input' type='number' value={draft.year} maxlength={4} onInput={(v) => change({ year: v })} placeholder='例如 2027' />
      </Field>
      <Field field='text' label='国务院办公厅通知正文（可选）' hint='粘贴“一、元旦：……”起的正文，点“识别日期”后核对下方日期' error={errors.text}>
        <TextArea testId='calendar-notice-text' value={draft.noticeText} maxlength={5000} onInput={(v) => change({ noticeText: v })} placeholder='一、元旦：1月1日（周五）放假……' />
      </Field>
      <Button className='btn btn--secondary' data-testid='calendar-read-notice' disabled={busy} onClick={() => void readNotice()}>
        识别日期
      </Button>
      {problems.length > 0 && (
        <View data-testid='calendar-problems'>
          {problems.map((p) => (
            <Text key={p} className='form-field__error'>
              {p}
            </Text>
          ))}
        </View>
      )}
      <Field field='holidays' label='放假日（每行一个，YYYY-MM-DD）' required error={errors.holidays}>
        <TextArea testId='calendar-holidays' value={draft.holidays} maxlength={2000} onInput={(v) => change({ holidays: v })} placeholder='2027-01-01' />
      </Field>
      <Field field='makeupWorkdays' label='调休上班日（周末上班，每行一个）' error={errors.makeupWorkdays}>
        <TextArea testId='calendar-makeup' value={draft.makeupWorkdays} maxlength={1000} onInput={(v) => change({ makeupWorkdays: v })} placeholder='没有可不填' />
      </Field>
      <Button className='btn btn--primary' data-testid='calendar-save' disabled={busy} onClick={() => void save()}>
        保存 {Number.isInteger(year) ? year : ''} 年
      </Button>
    </View>
  )
}

/** Staff: the working calendar per year, entered by hand or read from the State Council's notice. */
export default function WorkingCalendarPage() {
  const [state, setState] = useState<LoadState>({ status: 'loading' })
  const [draft, setDraftState] = useState<CalendarDraft>(() => loadCalendarDraft() ?? emptyCalendarDraft(new Date().getFullYear() + 1))
  const setDraft = useCallback((d: CalendarDraft) => {
    setDraftState(d)
    saveCalendarDraft(d)
  }, [])

  const load = useCallback(async () => {
    try {
      setState({ status: 'ready', calendar: await callFunction(getWorkingCalendar, {}) })
    } catch (error) {
      setState({ status: 'error', error: handleLoadError(error) })
    }
  }, [])

  useEffect(() => {
    void load()
  }, [load])

  const edit = (y: CalendarYearView) =>
    setDraft({ year: String(y.year), noticeText: '', holidays: y.holidays.join('\n'), makeupWorkdays: y.makeupWorkdays.join('\n'), fromNotice: false })

  return (
    <View className='page'>
      <StaffGate returnTo={ROUTES.workingCalendar}>
        {state.status === 'loading' && <LoadingView />}
        {state.status === 'error' && (
          <View className='card'>
            <LoadErrorView error={state.error} onRetry={() => void load()} />
          </View>
        )}
        {state.status === 'ready' && (
          <>
            <CalendarWarning showLink={false} missing={state.calendar.missingSoon} />
            <Text className='muted'>办理时限按北京时间 9:00–18:00 的工作日计算。尚未发布通知的年份请勿自行推测日期。</Text>
            {state.calendar.years.map((y) => (
              <YearRow key={y.year} year={y} onEdit={() => edit(y)} />
            ))}
            <CalendarEditor
              calendar={state.calendar}
              draft={draft}
              setDraft={setDraft}
              onSaved={() => {
                clearCalendarDraft()
                setDraftState(emptyCalendarDraft(new Date().getFullYear() + 1))
                void load()
              }}
            />
          </>
        )}
      </StaffGate>
    </View>
  )
}
