import type { Messenger, SendResult, SubscribeMessage } from '../../ports/messenger'
import { classifySendError } from './classify-send-error'

/**
 * The part of `cloud.openapi` this adapter uses, typed structurally so that nothing here imports
 * wx-server-sdk (which must never load off-cloud). The function entry passes `cloud.openapi`.
 * The calling function's config.json must grant `subscribeMessage.send` under permissions.openapi.
 */
export interface WxOpenApi {
  subscribeMessage: {
    send(request: {
      touser: string
      templateId: string
      page?: string
      data: Record<string, { value: string }>
      miniprogramState: 'developer' | 'trial' | 'formal'
      lang: 'zh_CN'
    }): Promise<{ errCode?: number; errMsg?: string }>
  }
}

/** Production messenger over CloudBase's cloud call (no access token handling needed). */
export function createWechatOpenApiMessenger(openapi: WxOpenApi): Messenger {
  return {
    async send(message: SubscribeMessage): Promise<SendResult> {
      try {
        const answer = await openapi.subscribeMessage.send({
          touser: message.touser,
          templateId: message.templateId,
          ...(message.page ? { page: message.page } : {}),
          data: message.data,
          miniprogramState: message.miniprogramState,
          lang: message.lang,
        })
        // The SDK throws on failure; a resolved non-zero errCode is handled the same way anyway.
        if (answer && typeof answer.errCode === 'number' && answer.errCode !== 0) return classifySendError(answer)
        return { ok: true }
      } catch (error) {
        return classifySendError(error)
      }
    },
  }
}
