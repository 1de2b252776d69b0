import { ActionError } from './action-error'
import type { SendToFunction } from './send-to-function'

// Taro resolves `./transport` to transport.weapp.ts or transport.h5.ts at build time, so neither
// bundle carries the other platform's code. This fallback is what TypeScript and unit tests see;
// tests replace it with jest.mock('./transport').
export const sendToFunction: SendToFunction = async () => {
  throw new ActionError('UNAVAILABLE', '当前平台不支持调用服务')
}
