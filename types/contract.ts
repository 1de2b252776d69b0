import type { z } from 'zod'
import type { FunctionName } from './function-names'

/**
 * One action of one cloud function: its name and the zod schemas of its input and output.
 * The client validates input before sending and parses the output it receives;
 * the function validates the input again and its own output before answering.
 */
export interface ActionContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly functionName: FunctionName
  readonly action: string
  readonly input: I
  readonly output: O
}

export function defineAction<I extends z.ZodType, O extends z.ZodType>(contract: {
  functionName: FunctionName
  action: string
  input: I
  output: O
}): ActionContract<I, O> {
  return Object.freeze(contract)
}

export type ActionInput<C extends ActionContract> = z.input<C['input']>
export type ActionOutput<C extends ActionContract> = z.output<C['output']>
