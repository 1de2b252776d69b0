import type { ImportReport, TransferFormat } from '../../../../types/directory/transfer-schemas'
import type { Caller } from '../../../core/caller'
import type { DocumentStore } from '../../../ports/document-store'
import { claimAgencySeqs } from '../claim-agency-seqs'
import { agencyRepository } from '../agency-repository'
import { CsvSyntaxError, parseCsv } from '../csv/parse-csv'
import { readXlsx, XlsxFormatError } from '../xlsx/read-xlsx'
import { applyAgencyImport } from './apply-agency-import'
import { planAgencyImport, type AgencyImportPlan } from './plan-agency-import'

function report(plan: AgencyImportPlan, dryRun: boolean, createdIds: Map<number, string> | null): ImportReport {
  return {
    dryRun,
    applied: createdIds !== null,
    rowCount: plan.rowCount,
    errors: plan.errors,
    creates: plan.creates.map((c) => ({ row: c.row, name: c.fields.name, agencyId: createdIds?.get(c.row) ?? null })),
    updates: plan.updates.map((u) => ({ row: u.row, agencyId: u.current._id, name: u.next.name, changes: u.changes })),
    unchanged: plan.unchanged,
  }
}

/**
 * Previews (dryRun) or applies a CSV or XLSX import (both read into the same rows of text). A real run writes only when every row is valid, and
 * then writes all of them together; otherwise it answers the same report with `applied: false`.
 */
export async function importAgencies(
  store: DocumentStore,
  caller: Caller,
  input: { format?: TransferFormat; content: string; dryRun: boolean },
  now: Date,
): Promise<ImportReport> {
  let records: string[][]
  try {
    records = input.format === 'xlsx' ? await readXlsx(input.content) : parseCsv(input.content)
  } catch (error) {
    const row = error instanceof CsvSyntaxError ? error.row : error instanceof XlsxFormatError ? 1 : null
    if (row === null || !(error instanceof Error)) throw error
    return { dryRun: input.dryRun, applied: false, rowCount: 0, errors: [{ row, column: null, message: error.message }], creates: [], updates: [], unchanged: [] }
  }
  const agencies = agencyRepository(store)
  const plan = planAgencyImport(records, await agencies.listAll())
  if (input.dryRun || plan.errors.length > 0) return report(plan, input.dryRun, null)
  if (plan.creates.length === 0 && plan.updates.length === 0) return report(plan, false, new Map())
  const createdIds = await applyAgencyImport(store, plan, await claimAgencySeqs(store, plan.creates.length, now), caller, now)
  return report(plan, false, createdIds)
}
