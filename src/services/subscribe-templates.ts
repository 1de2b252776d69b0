import { useEffect } from 'react'
import { getMyNotificationSettings } from '../../types/messaging/contracts'
import type { SubscribeTemplate, TemplateKey } from '../../types/messaging/schemas'
import { callFunction } from './call-function'

/** WeChat shows at most 3 templates in one subscribe popup. */
export const MAX_TEMPLATES_PER_POPUP = 3

let cached: readonly SubscribeTemplate[] | null = null
let loading: Promise<void> | null = null

/**
 * Fetches the configured templates (ids and kinds come from the server's configuration, never
 * code) once per app session. A tap cannot wait for this — the popup must open synchronously —
 * so pages with a subscribe tap load it when they open (usePreloadSubscribeTemplates).
 */
export function preloadSubscribeTemplates(): Promise<void> {
  if (cached) return Promise.resolve()
  if (!loading) {
    loading = callFunction(getMyNotificationSettings, {})
      .then((settings) => {
        cached = settings.templates
      })
      .catch((error: unknown) => {
        // Not fatal: the tap then simply asks nothing; the next page load tries again.
        console.warn('[subscribe] templates not loaded', error)
      })
      .finally(() => {
        loading = null
      })
  }
  return loading
}

export function usePreloadSubscribeTemplates(): void {
  useEffect(() => {
    void preloadSubscribeTemplates()
  }, [])
}

export function loadedSubscribeTemplates(): readonly SubscribeTemplate[] | null {
  return cached
}

/** A page that fetched the notification settings anyway hands the templates over. */
export function rememberSubscribeTemplates(templates: readonly SubscribeTemplate[]): void {
  cached = templates
}

/** For tests: forget what was loaded. */
export function resetSubscribeTemplates(templates: readonly SubscribeTemplate[] | null = null): void {
  cached = templates
  loading = null
}

/**
 * The template ids one popup asks for: in the order of `keys`, only templates of the first
 * configured key's kind (WeChat refuses one-time and long-term mixed in one call), at most 3.
 */
export function templateIdsFor(templates: readonly SubscribeTemplate[], keys: readonly TemplateKey[]): string[] {
  const wanted = keys
    .map((key) => templates.find((template) => template.key === key))
    .filter((template): template is SubscribeTemplate => template !== undefined)
  const kind = wanted[0]?.kind
  const ids = wanted.filter((template) => template.kind === kind).map((template) => template.templateId)
  return [...new Set(ids)].slice(0, MAX_TEMPLATES_PER_POPUP)
}
