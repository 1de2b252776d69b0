import * as z from 'zod'
import { defineAction } from '../../types/contract'
import { FUNCTION_NAMES } from '../../types/function-names'
import { ActionError } from './action-error'
import { callFunction } from './call-function'
import { sendToFunction } from './transport'

jest.mock('./transport', () => ({ sendToFunction: jest.fn() }))
const send = jest.mocked(sendToFunction)

const echoName = defineAction({
  functionName: FUNCTION_NAMES.users,
  action: 'echoName',
  input: z.object({ name: z.string().trim().min(2, { message: '姓名至少 2 个字' }) }),
  output: z.object({ greeting: z.string() }),
})

async function failureOf(promise: Promise<unknown>): Promise<ActionError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ActionError) return error
    throw error
  }
  throw new Error('expected the call to fail')
}

beforeEach(() => send.mockReset())

describe('callFunction', () => {
  it('refuses invalid input before sending, keeping the field issues', async () => {
    const error = await failureOf(callFunction(echoName, { name: ' a ' }))
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.message).toBe('姓名至少 2 个字')
    expect(error.issues).toEqual([{ path: ['name'], message: '姓名至少 2 个字' }])
    expect(send).not.toHaveBeenCalled()
  })

  it('sends the action and the parsed input to the contract function, and returns the parsed data', async () => {
    send.mockResolvedValue({ ok: true, data: { greeting: '你好' } })
    await expect(callFunction(echoName, { name: ' 王经理 ' })).resolves.toEqual({ greeting: '你好' })
    expect(send).toHaveBeenCalledWith('users', { action: 'echoName', data: { name: '王经理' } })
  })

  it('turns a typed failure into an ActionError with its code, message and issues', async () => {
    send.mockResolvedValue({
      ok: false,
      code: 'CONFLICT',
      message: '已有待审核的登记申请',
      issues: [{ path: ['creditCode'], message: '该信用代码已登记' }],
    })
    const error = await failureOf(callFunction(echoName, { name: '王经理' }))
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toBe('已有待审核的登记申请')
    expect(error.issues).toEqual([{ path: ['creditCode'], message: '该信用代码已登记' }])
  })

  it.each([
    ['data of the wrong shape', { ok: true, data: { greeting: 42 } }],
    ['an unknown error code', { ok: false, code: 'TEAPOT', message: '?' }],
    ['no envelope at all', '<html>not found</html>'],
    ['nothing', undefined],
  ])('reports %s as INTERNAL with a Chinese message', async (_label, answer) => {
    send.mockResolvedValue(answer)
    const error = await failureOf(callFunction(echoName, { name: '王经理' }))
    expect(error.code).toBe('INTERNAL')
    expect(error.message).toMatch(/服务返回了无法识别的结果/)
  })

  it('passes on the transport failure (network) unchanged', async () => {
    send.mockRejectedValue(new ActionError('UNAVAILABLE', '网络不可用，请稍后重试'))
    const error = await failureOf(callFunction(echoName, { name: '王经理' }))
    expect(error.code).toBe('UNAVAILABLE')
    expect(error.message).toBe('网络不可用，请稍后重试')
  })
})
