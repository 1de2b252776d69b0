import { loadTemplateConfig, templateConfigSchema, templateFor } from '../template-config'
import { buildPushMessage, PushPayloadError } from './build-push-message'

const config = loadTemplateConfig(undefined, 'development')
const alertTemplate = templateFor(config, 'alert_published')!

describe('buildPushMessage', () => {
  it('fills every data key from the payload, formatted to its keyword type', () => {
    const message = buildPushMessage(config, alertTemplate, 'openid-1', {
      alertId: 'al 1/2',
      title: '美国对华假发产品发起337调查，涉及多家许昌企业，请立即核查',
      severityLabel: '紧急',
      summary: '涉案企业须在20日内应诉',
      publishedAt: '2026-11-25T14:05:00.000Z',
    })
    expect(message).toEqual({
      touser: 'openid-1',
      templateId: alertTemplate.templateId,
      page: 'packages/alerts/detail/index?id=al%201%2F2',
      data: {
        thing1: { value: '美国对华假发产品发起337调查，涉及多…' },
        phrase2: { value: '紧急' },
        thing3: { value: '涉案企业须在20日内应诉' },
        time4: { value: '2026年11月25日 22:05' },
      },
      miniprogramState: 'developer',
      lang: 'zh_CN',
    })
  })

  it('uses the configured fallback for a missing or unformattable value', () => {
    const message = buildPushMessage(config, alertTemplate, 'o', {
      alertId: 'a1',
      title: '标题',
      severityLabel: 'HIGH',
      publishedAt: '2026-11-25T00:00:00.000Z',
    })
    expect(message.data.phrase2).toEqual({ value: '提示' })
    expect(message.data.thing3).toEqual({ value: '请进入小程序查看详情' })
  })

  it('refuses a payload that lacks a required field or a page placeholder', () => {
    expect(() => buildPushMessage(config, alertTemplate, 'o', { alertId: 'a', publishedAt: '2026-11-25T00:00:00.000Z' })).toThrow(
      PushPayloadError,
    )
    expect(() => buildPushMessage(config, alertTemplate, 'o', { title: 't', publishedAt: '2026-11-25T00:00:00.000Z' })).toThrow(/alertId/)
  })
})

describe('template configuration', () => {
  it('rejects unknown keys, unsupported data keys and one template id with two kinds', () => {
    const base = { templateId: 'abcdefgh12', kind: 'one_time', title: 't', fields: { thing1: 'title' } }
    expect(templateConfigSchema().safeParse({ templates: { nope: base } }).success).toBe(false)
    expect(templateConfigSchema().safeParse({ templates: { alert_published: { ...base, fields: { amount1: 'x' } } } }).success).toBe(false)
    expect(
      templateConfigSchema().safeParse({
        templates: { alert_published: base, report_status_changed: { ...base, kind: 'long_term' } },
      }).success,
    ).toBe(false)
    expect(templateConfigSchema().parse({ templates: { alert_published: base } }).miniprogramState).toBe('formal')
  })

  it('comes from SUBSCRIBE_TEMPLATES when set; production without it sends no pushes', () => {
    const json = JSON.stringify({ templates: { application_reviewed: { templateId: 'T'.repeat(43), kind: 'long_term', title: '审核', fields: { phrase1: 'resultLabel' } } } })
    expect(Object.keys(loadTemplateConfig(json, 'production').templates)).toEqual(['application_reviewed'])
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
    expect(loadTemplateConfig(undefined, 'production').templates).toEqual({})
    warn.mockRestore()
    expect(() => loadTemplateConfig('{"templates": 1}', 'production')).toThrow()
  })
})
