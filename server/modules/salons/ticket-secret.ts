import { AppError } from '../../core/app-error'
import type { Runtime } from '../../core/runtime'

/** The HMAC key of e-tickets: TICKET_SECRET on CloudBase, generated in DATA_DIR locally. */
export function ticketSecretOf(runtime: Runtime): string {
  const secret = runtime.config.ticketSecret
  if (!secret || secret.length < 32) throw new AppError('UNAVAILABLE', '电子票服务尚未配置，请联系工作人员')
  return secret
}
