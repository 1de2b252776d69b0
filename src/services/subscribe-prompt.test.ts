import type { SubscribeTemplate } from '../../types/messaging/schemas'
import { callFunction } from './call-function'
import { requestSubscribe } from './request-subscribe'
import { askToSubscribe } from './subscribe-taps'
import { resetSubscribeTemplates } from './subscribe-templates'

jest.mock('./call-function', () => ({ callFunction: jest.fn() }))
jest.mock('./request-subscribe', () => ({ requestSubscribe: jest.fn() }))
const call = jest.mocked(callFunction)
const popup = jest.mocked(requestSubscribe)

const REPORT: SubscribeTemplate = { key: 'report_status_changed', templateId: 'DEV-report-status-0001', kind: 'one_time', title: '进度' }

beforeEach(() => {
  call.mockReset()
  popup.mockReset()
  resetSubscribeTemplates([REPORT])
})

describe('askToSubscribe', () => {
  it('opens the popup synchronously with the configured id and records the answer', async () => {
    popup.mockResolvedValue({ [REPORT.templateId]: 'accept' })
    call.mockResolvedValue({ quotas: [], ignoredTemplateIds: [], recorded: true })
    const outcome = askToSubscribe('reportSubmit')
    // Before any microtask ran: WeChat only shows the popup inside the tap's own call stack.
    expect(popup).toHaveBeenCalledWith([REPORT.templateId])
    await expect(outcome).resolves.toEqual({ results: { [REPORT.templateId]: 'accept' }, quotas: [], error: null })
    expect(call.mock.calls[0][1]).toMatchObject({ results: { [REPORT.templateId]: 'accept' } })
  })

  it('asks nothing while the templates are unknown, and starts loading them', async () => {
    resetSubscribeTemplates(null)
    call.mockResolvedValue({ templates: [REPORT], quotas: [], unreadCount: 0 })
    await expect(askToSubscribe('reportSubmit')).resolves.toBeNull()
    expect(popup).not.toHaveBeenCalled()
    expect(call).toHaveBeenCalledTimes(1)
  })

  it('asks nothing for a tap whose templates are not configured', async () => {
    await expect(askToSubscribe('enterpriseApply')).resolves.toBeNull()
    expect(popup).not.toHaveBeenCalled()
  })

  it('never rejects: a failed popup or recording comes back as `error`', async () => {
    popup.mockRejectedValueOnce(new Error('requestSubscribeMessage:fail'))
    await expect(askToSubscribe('reportSubmit')).resolves.toMatchObject({ results: {}, error: expect.any(Error) })
    popup.mockResolvedValue({ [REPORT.templateId]: 'reject' })
    call.mockRejectedValue(new Error('network'))
    await expect(askToSubscribe('reportSubmit')).resolves.toMatchObject({ quotas: null, error: expect.any(Error) })
  })

  it('does not open a second popup while one is open (a double tap)', async () => {
    let answer: (value: Record<string, 'accept'>) => void = () => undefined
    popup.mockReturnValue(new Promise((resolve) => (answer = resolve)))
    call.mockResolvedValue({ quotas: [], ignoredTemplateIds: [], recorded: true })
    const first = askToSubscribe('reportSubmit')
    await expect(askToSubscribe('reportSubmit')).resolves.toBeNull()
    answer({ [REPORT.templateId]: 'accept' })
    await first
    expect(popup).toHaveBeenCalledTimes(1)
  })
})
