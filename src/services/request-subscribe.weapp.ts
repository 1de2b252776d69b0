import Taro from '@tarojs/taro'
import { SUBSCRIBE_RESULTS, type SubscribeResult } from '../../types/messaging/schemas'

/**
 * wx.requestSubscribeMessage. WeChat only shows the popup when this is called synchronously
 * inside a tap handler: call it first, before any await. At most 3 template ids of one kind.
 */
export function requestSubscribe(templateIds: readonly string[]): Promise<Record<string, SubscribeResult>> {
  return new Promise((resolve, reject) => {
    // Taro's typing insists on `entityIds` too; WeChat's API takes template ids alone.
    const options = {
      tmplIds: templateIds.slice(0, 3),
      success: (raw: Record<string, unknown>) => {
        const results: Record<string, SubscribeResult> = {}
        for (const [key, value] of Object.entries(raw)) {
          if (key === 'errMsg') continue
          if ((SUBSCRIBE_RESULTS as readonly unknown[]).includes(value)) results[key] = value as SubscribeResult
        }
        resolve(results)
      },
      fail: (error: unknown) => reject(error),
    } as unknown as Taro.requestSubscribeMessage.Option
    void Taro.requestSubscribeMessage(options).catch(() => {
      // The failure was already passed to `fail`.
    })
  })
}
