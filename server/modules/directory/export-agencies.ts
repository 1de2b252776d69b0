import type { ExportFile } from '../../../types/directory/transfer-schemas'
import { formatShanghai } from '../../../types/time'
import type { DocumentStore } from '../../ports/document-store'
import { agencyRepository } from './agency-repository'
import { agencyHeaderRow, agencyRow } from './csv/format-agency-row'
import { writeCsv } from './csv/write-csv'

/** The whole directory, every status, in list order: the file staff edit and import back. */
export async function exportAgencies(store: DocumentStore, now: Date): Promise<ExportFile> {
  const records = await agencyRepository(store).listAll()
  return {
    format: 'csv',
    fileName: `海外维权协助机构名录-${formatShanghai(now, 'YYYYMMDD-HHmm')}.csv`,
    mimeType: 'text/csv',
    encoding: 'utf8',
    content: writeCsv([agencyHeaderRow(), ...records.map(agencyRow)]),
    rowCount: records.length,
  }
}
