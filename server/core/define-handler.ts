import type { z } from 'zod'
import type { ActionContract } from '../../types/contract'
import type { Role } from '../../types/roles'
import type { Caller, CallerIdentity } from './caller'
import type { Runtime } from './runtime'

/**
 * Who may call an action:
 *  - `signed-in`: any identified user (everyone on WeChat has an OPENID);
 *  - a list of roles: the caller must hold at least one;
 *  - `timer`: only the function's own timer trigger (the local gateway's cron runner, or CloudBase's).
 */
export type Access = 'signed-in' | readonly Role[] | 'timer'

export interface UserContext {
  runtime: Runtime
  caller: Caller
  now: Date
}

export interface TimerContext {
  runtime: Runtime
  identity: Extract<CallerIdentity, { kind: 'timer' }>
  now: Date
}

type Output<C extends ActionContract> = z.input<C['output']>
type Input<C extends ActionContract> = z.output<C['input']>

export type ActionHandler<C extends ActionContract = ActionContract> =
  | {
      contract: C
      access: 'signed-in' | readonly Role[]
      handle(input: Input<C>, ctx: UserContext): Promise<Output<C>>
    }
  | {
      contract: C
      access: 'timer'
      handle(input: Input<C>, ctx: TimerContext): Promise<Output<C>>
    }

export function defineHandler<C extends ActionContract>(handler: {
  contract: C
  access: 'signed-in' | readonly Role[]
  handle(input: Input<C>, ctx: UserContext): Promise<Output<C>>
}): ActionHandler<C>
export function defineHandler<C extends ActionContract>(handler: {
  contract: C
  access: 'timer'
  handle(input: Input<C>, ctx: TimerContext): Promise<Output<C>>
}): ActionHandler<C>
export function defineHandler<C extends ActionContract>(handler: ActionHandler<C>): ActionHandler<C> {
  return handler
}
