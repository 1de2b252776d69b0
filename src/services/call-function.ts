import type { z } from 'zod'
import type { ActionContract } from '../../types/contract'
import { ActionError, issuesFromZod, UNREADABLE_ANSWER_MESSAGE } from './action-error'
import { parseEnvelope } from './parse-envelope'
import { sendToFunction } from './transport'

/**
 * Calls one action of one cloud function. The input is checked against the contract before
 * anything is sent (the function checks it again), and the answer is parsed, never cast.
 * Resolves with the action's data; rejects with an ActionError carrying the failure's code,
 * message and field issues.
 */
export async function callFunction<I extends z.ZodType, O extends z.ZodType>(
  contract: ActionContract<I, O>,
  input: z.input<I>,
): Promise<z.output<O>> {
  const checked = contract.input.safeParse(input)
  if (!checked.success) {
    const issues = issuesFromZod(checked.error)
    throw new ActionError('VALIDATION_FAILED', issues[0]?.message ?? '填写的内容有误，请检查', issues)
  }

  const raw = await sendToFunction(contract.functionName, { action: contract.action, data: checked.data })

  const answer = parseEnvelope(contract.output, raw)
  if (!answer) {
    console.warn(`[callFunction] ${contract.functionName}.${contract.action}: unreadable answer`)
    throw new ActionError('INTERNAL', UNREADABLE_ANSWER_MESSAGE)
  }
  if (!answer.ok) throw new ActionError(answer.code, answer.message, answer.issues ?? [])
  return answer.data
}
