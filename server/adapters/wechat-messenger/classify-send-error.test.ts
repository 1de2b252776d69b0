import { classifySendError } from './classify-send-error'
import { createWechatOpenApiMessenger, type WxOpenApi } from './wechat-openapi-messenger'

/** What wx-server-sdk throws: an Error whose message and errCode carry WeChat's code. */
function sdkError(errCode: number, errMsg: string): Error & { errCode: number; errMsg: string } {
  return Object.assign(new Error(`errCode: ${errCode} ${errMsg} | errMsg: openapi.subscribeMessage.send:fail ${errMsg}`), { errCode, errMsg })
}

describe('classifySendError', () => {
  it.each([
    [43101, 'user refuse to accept the msg', 'refused'],
    [45009, 'reach max api daily quota limit', 'rate_limited'],
    [47003, 'argument invalid! data.thing1.value invalid', 'permanent'],
    [40037, 'invalid template id', 'permanent'],
    [43107, 'api banned', 'permanent'],
    [40003, 'invalid openid', 'permanent'],
    [-1, 'system error', 'transient'],
  ] as const)('errCode %i (%s) → %s', (errCode, errMsg, kind) => {
    expect(classifySendError(sdkError(errCode, errMsg))).toEqual({ ok: false, kind, errCode, message: expect.stringContaining(String(errCode)) })
  })

  it('reads the code from the message when the error carries no errCode field (wrapped by CloudBase)', () => {
    const wrapped = new Error('cloud function service error code -504002, error message Error: errCode: 43101 | errMsg: user refuse')
    expect(classifySendError(wrapped)).toMatchObject({ kind: 'refused', errCode: 43101 })
  })

  it('network errors before the request left are transient; timeouts and resets are ambiguous', () => {
    expect(classifySendError(Object.assign(new Error('getaddrinfo ENOTFOUND api.weixin.qq.com'), { code: 'ENOTFOUND' }))).toMatchObject({
      kind: 'transient',
    })
    expect(classifySendError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toMatchObject({ kind: 'transient' })
    expect(classifySendError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toMatchObject({ kind: 'ambiguous' })
    expect(classifySendError(new Error('request timeout after 3000ms'))).toMatchObject({ kind: 'ambiguous' })
  })

  it('unknown platform errors are ambiguous (never retried); unknown positive WeChat codes are permanent', () => {
    expect(classifySendError(new Error('something odd'))).toMatchObject({ kind: 'ambiguous', errCode: null })
    expect(classifySendError(sdkError(-501001, 'resource system error'))).toMatchObject({ kind: 'ambiguous' })
    expect(classifySendError(sdkError(41030, 'invalid page'))).toMatchObject({ kind: 'permanent' })
    expect(classifySendError(sdkError(48001, 'api unauthorized'))).toMatchObject({ kind: 'permanent' })
    expect(classifySendError('plain string')).toMatchObject({ kind: 'ambiguous', message: 'plain string' })
  })
})

describe('createWechatOpenApiMessenger', () => {
  const message = {
    touser: 'openid-1',
    templateId: 'TPL-0000000001',
    page: 'packages/alerts/detail/index?id=a1',
    data: { thing1: { value: '预警' } },
    miniprogramState: 'formal' as const,
    lang: 'zh_CN' as const,
  }

  it('passes the message to cloud.openapi.subscribeMessage.send and answers ok', async () => {
    const calls: unknown[] = []
    const openapi: WxOpenApi = {
      subscribeMessage: {
        send: async (request) => {
          calls.push(request)
          return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' }
        },
      },
    }
    expect(await createWechatOpenApiMessenger(openapi).send(message)).toEqual({ ok: true })
    expect(calls).toEqual([message])
  })

  it('never throws: a thrown SDK error or a non-zero errCode becomes a typed failure', async () => {
    const throwing: WxOpenApi = { subscribeMessage: { send: async () => Promise.reject(sdkError(43101, 'user refuse')) } }
    expect(await createWechatOpenApiMessenger(throwing).send(message)).toMatchObject({ ok: false, kind: 'refused' })
    const answering: WxOpenApi = { subscribeMessage: { send: async () => ({ errCode: 47003, errMsg: 'argument invalid' }) } }
    expect(await createWechatOpenApiMessenger(answering).send(message)).toMatchObject({ ok: false, kind: 'permanent', errCode: 47003 })
  })
})
