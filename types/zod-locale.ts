import { z } from 'zod'
import { zhCN } from 'zod/locales'

/**
 * Default zod messages in Simplified Chinese, for the few checks whose schema gives no message of
 * its own. Imported once by each side's entry (client app, function dispatcher).
 */
export function useChineseZodMessages(): void {
  z.config(zhCN())
}
