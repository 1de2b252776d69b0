/**
 * The push port: one WeChat subscribe message to one user. Producers never use it — they write to
 * the outbox (server/modules/messaging/enqueue-notification.ts) and only the dispatcher sends.
 *
 * Adapters never throw for a failed send: they answer a typed failure, so the dispatcher's state
 * machine decides what happens next in one place.
 */
export interface SubscribeMessage {
  /** The recipient's OPENID. */
  touser: string
  templateId: string
  /** Page opened from the notification card, with its query ("packages/x/index?id=1"). */
  page?: string
  data: Record<string, { value: string }>
  miniprogramState: 'developer' | 'trial' | 'formal'
  lang: 'zh_CN'
}

/**
 * Why a send failed, which decides what the dispatcher does:
 *  - refused (43101): the user has no quota left or refused/cancelled — skip, never retry;
 *  - rate_limited (45009): the app hit WeChat's call limit — put the row back and pause sending;
 *  - permanent (47003 data, 40037 template, 40003 openid, 41030 page, 43107 banned): retrying cannot help;
 *  - transient (-1 system busy, connection refused, DNS): the request certainly did not deliver — retry;
 *  - ambiguous (timeouts, resets after the request left): it may have been delivered — never retry
 *    (at most once for the push).
 */
export type SendFailureKind = 'refused' | 'rate_limited' | 'permanent' | 'transient' | 'ambiguous'

export type SendResult =
  | { ok: true }
  | { ok: false; kind: SendFailureKind; errCode: number | null; message: string }

export interface Messenger {
  send(message: SubscribeMessage): Promise<SendResult>
}
