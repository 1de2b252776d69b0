import { dispatchDue } from '../../../../types/messaging/contracts'
import { defineHandler } from '../../../core/define-handler'
import type { DispatchContext } from '../dispatcher/dispatch-context'
import { dispatchDue as run } from '../dispatcher/dispatch-due'
import { outboxOf } from '../dispatcher/outbox-transitions'
import { messagingOf } from '../messaging-runtime'

/**
 * The dispatcher's timer trigger (cloudfunctions/dispatcher/config.json): every minute. Built by
 * the function wiring with the users module's OPENID lookup.
 */
export function dispatchDueHandler(openidsOf: DispatchContext['openidsOf']) {
  return defineHandler({
    contract: dispatchDue,
    access: 'timer',
    async handle(_input, { runtime }) {
      const messaging = messagingOf(runtime)
      return run({
        store: runtime.store,
        outbox: outboxOf(runtime.store),
        messenger: messaging.messenger,
        templates: messaging.templates,
        settings: messaging.dispatcher,
        clock: runtime.clock,
        openidsOf,
      })
    },
  })
}
