import { createInvitation, redeemInvitation } from '../../../../types/workbench/invitations'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import * as invitations from '../invitations/invitations'

export const createInvitationHandler = defineHandler({
  contract: createInvitation,
  access: CURATOR_ROLES,
  handle: (input, { runtime, caller, now }) => invitations.createInvitation(runtime.store, caller, input, now),
})

/** Anyone signed in: the code is the authority, and it never grants staff or admin. */
export const redeemInvitationHandler = defineHandler({
  contract: redeemInvitation,
  access: 'signed-in',
  handle: (input, { runtime, caller, now }) => invitations.redeemInvitation(runtime.store, caller, input.code, now),
})
