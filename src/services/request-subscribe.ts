import type { SubscribeResult } from '../../types/messaging/schemas'

/**
 * H5 (development) stand-in for wx.requestSubscribeMessage: there is no WeChat popup in a browser,
 * so every template is answered 'accept' — the recording flow can still be exercised end to end.
 * Like the weapp version it must be the first thing a tap handler does.
 */
export function requestSubscribe(templateIds: readonly string[]): Promise<Record<string, SubscribeResult>> {
  const results: Record<string, SubscribeResult> = {}
  for (const id of templateIds.slice(0, 3)) results[id] = 'accept'
  return Promise.resolve(results)
}
