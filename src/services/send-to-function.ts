import type { FunctionRequest } from '../../types/envelope'
import type { FunctionName } from '../../types/function-names'

/**
 * Delivers one request to one cloud function and resolves with the raw answer, unparsed.
 * Rejects with an ActionError (UNAVAILABLE or INTERNAL) only when no answer could be had at all.
 * One implementation per platform: transport.weapp.ts (wx.cloud) and transport.h5.ts (gateway).
 */
export type SendToFunction = (functionName: FunctionName, request: FunctionRequest) => Promise<unknown>
