import Taro from '@tarojs/taro'
import { ActionError, NETWORK_UNAVAILABLE_MESSAGE } from './action-error'
import type { SendToFunction } from './send-to-function'

/** WeChat: the platform attaches the caller's OPENID to every call; no token is needed. */
export const sendToFunction: SendToFunction = async (functionName, request) => {
  try {
    const response = await Taro.cloud.callFunction({ name: functionName, data: request })
    return response.result
  } catch (error) {
    // wx.cloud rejects for network loss, a missing function or a timeout; the function's own
    // failures arrive as an ok:false envelope in `result` instead.
    console.warn(`[callFunction] ${functionName}.${request.action} failed`, error)
    throw new ActionError('UNAVAILABLE', NETWORK_UNAVAILABLE_MESSAGE)
  }
}
