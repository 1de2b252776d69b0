import { conflict } from '../../core/app-error'
import type { AgencyRepository } from './agency-repository'

/**
 * Names identify agencies for people and for CSV import, so two agencies may not share one.
 * (The unique index on `name` is the last line of defence against a race.)
 */
export async function assertUniqueAgencyName(agencies: AgencyRepository, name: string, exceptId: string | null): Promise<void> {
  const existing = await agencies.findByName(name)
  if (existing && existing._id !== exceptId) {
    throw conflict(`名录中已有名为「${name}」的机构（序号 ${existing.seq}），请核对名称`)
  }
}
