import Taro from '@tarojs/taro'
import { useEffect, useRef } from 'react'

/**
 * Local drafts for multi-field forms: what a person typed is kept on this device until the form is
 * submitted or they discard it, so going back, a crash or a phone call loses nothing. One draft per
 * form, user and record (`new` for a record not created yet). The report form keeps its own draft
 * (with its idempotency key) in reports/shared/draft.ts on the same storage.
 */
export interface FormDraftKey {
  form: string
  userId: string
  recordId?: string | null
}

const storageKey = (key: FormDraftKey) => `form-draft:${key.form}:${key.userId}:${key.recordId ?? 'new'}`

/** A list of strings, or of flat records (a speaker, a question) whose values are plain scalars. */
function isDraftList(value: unknown): boolean {
  if (!Array.isArray(value)) return false
  const flatRecord = (v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => ['string', 'number', 'boolean'].includes(typeof x))
  return value.every((v) => typeof v === 'string') || value.every(flatRecord)
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Fields of `template` taken from `raw` where the type matches (a string stays a string, a list a
 * list of strings or flat records; a null in the template accepts a string or null; a nested record
 * in the template — a period's amount and unit — is restored field by field the same way, and only
 * from a record). Anything else keeps the template's value, so a draft written by an older version
 * of the form can never break it.
 */
export function restoreLike<T extends object>(template: T, raw: unknown): T {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return template
  const source = raw as Record<string, unknown>
  const restored: Record<string, unknown> = { ...(template as Record<string, unknown>) }
  for (const [field, fallback] of Object.entries(template)) {
    const value = source[field]
    if (isPlainObject(fallback)) {
      if (isPlainObject(value)) restored[field] = restoreLike(fallback, value)
      continue
    }
    if (Array.isArray(fallback) ? isDraftList(value) : fallback === null ? value === null || typeof value === 'string' : typeof value === typeof fallback) {
      restored[field] = value
    }
  }
  return restored as T
}

/** The stored values, or null when there is no draft (or it cannot be read). */
export function loadFormDraft<T extends object>(key: FormDraftKey, template: T): T | null {
  try {
    const raw: unknown = Taro.getStorageSync(storageKey(key))
    if (typeof raw !== 'string' || raw === '') return null
    return restoreLike(template, JSON.parse(raw))
  } catch {
    return null
  }
}

export function saveFormDraft<T extends object>(key: FormDraftKey, values: T): void {
  try {
    Taro.setStorageSync(storageKey(key), JSON.stringify(values))
  } catch {
    // Storage full or unavailable: the form still works, only the draft is not kept.
  }
}

export function clearFormDraft(key: FormDraftKey): void {
  try {
    Taro.removeStorageSync(storageKey(key))
  } catch {
    // Nothing to clear.
  }
}

/**
 * Saves `values` as the draft whenever they change and differ from `pristine` (the loaded record or
 * the empty form), and removes it when they are back to pristine. `key` null: not ready (no user or
 * record yet). Returns `finish`, to call once submitted or discarded: no later change is kept.
 */
export function useFormDraft<T extends object>(key: FormDraftKey | null, values: T, pristine: T): { finish: () => void } {
  const finished = useRef(false)
  const id = key ? storageKey(key) : null
  useEffect(() => {
    if (!key || finished.current) return
    if (JSON.stringify(values) === JSON.stringify(pristine)) clearFormDraft(key)
    else saveFormDraft(key, values)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, values, pristine])
  return {
    finish: () => {
      finished.current = true
      if (key) clearFormDraft(key)
    },
  }
}
