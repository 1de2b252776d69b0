import type { Role } from '../../types/roles'

/**
 * Who is calling, as the platform says — never as the payload says.
 * On CloudBase: `getWXContext().OPENID`; locally: the openid inside a signed development session;
 * a timer trigger has no openid at all.
 */
export type CallerIdentity =
  | { kind: 'user'; openid: string; via: 'wechat' | 'local-session' }
  | { kind: 'anonymous' }
  | { kind: 'timer'; trigger: string }

/** A signed-in caller resolved to the product's user record. */
export interface Caller {
  userId: string
  openid: string
  roles: Role[]
}

/** Resolves an identity to a user, creating the user record on first sight. Implemented by the users module. */
export interface CallerResolver {
  resolve(openid: string): Promise<Caller>
}
