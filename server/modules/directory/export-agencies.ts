import type { ExportFile, TransferFormat } from '../../../types/directory/transfer-schemas'
import { formatShanghai } from '../../../types/time'
import type { DocumentStore } from '../../ports/document-store'
import { agencyRepository } from './agency-repository'
import { agencyHeaderRow, agencyRow } from './csv/format-agency-row'
import { writeCsv } from './csv/write-csv'
import { writeXlsx } from './xlsx/write-xlsx'

/** The whole directory, every status, in list order: the file staff edit and import back. */
export async function exportAgencies(store: DocumentStore, now: Date, format: TransferFormat = 'csv'): Promise<ExportFile> {
  const records = await agencyRepository(store).listAll()
  const rows = [agencyHeaderRow(), ...records.map(agencyRow)]
  const baseName = `海外维权协助机构名录-${formatShanghai(now, 'YYYYMMDD-HHmm')}`
  if (format === 'xlsx') {
    return {
      format,
      fileName: `${baseName}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      encoding: 'base64',
      content: (await writeXlsx('服务机构名录', rows)).toString('base64'),
      rowCount: records.length,
    }
  }
  return { format, fileName: `${baseName}.csv`, mimeType: 'text/csv', encoding: 'utf8', content: writeCsv(rows), rowCount: records.length }
}
