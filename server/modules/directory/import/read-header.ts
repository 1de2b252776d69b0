import type { ImportIssue } from '../../../../types/directory/transfer-schemas'
import { AGENCY_COLUMNS, headerOf, type AgencyColumnKey } from '../csv/agency-columns'
import { unescapeFormula } from '../csv/write-csv'

export type ColumnPositions = ReadonlyMap<AgencyColumnKey, number>

/**
 * Maps the header row to column meanings. Any problem here makes every row unreadable, so the
 * caller stops after reporting these issues.
 */
export function readHeader(header: readonly string[]): { positions: ColumnPositions; issues: ImportIssue[] } {
  const byHeader = new Map(AGENCY_COLUMNS.map((c) => [c.header, c.key]))
  const positions = new Map<AgencyColumnKey, number>()
  const issues: ImportIssue[] = []
  header.forEach((raw, index) => {
    const text = unescapeFormula(raw.trim())
    if (text === '') return
    const key = byHeader.get(text)
    if (!key) {
      issues.push({ row: 1, column: text, message: `无法识别的列「${text}」，请使用导出文件的表头` })
    } else if (positions.has(key)) {
      issues.push({ row: 1, column: text, message: `「${text}」列出现了两次，请删除多余的一列` })
    } else {
      positions.set(key, index)
    }
  })
  if (!positions.has('name')) {
    issues.push({ row: 1, column: headerOf('name'), message: '文件缺少「机构名称」列；请在第 1 行放表头，可从导出文件复制' })
  }
  if (positions.has('latitude') !== positions.has('longitude')) {
    const missing = positions.has('latitude') ? 'longitude' : 'latitude'
    issues.push({ row: 1, column: headerOf(missing), message: '「纬度」和「经度」两列需同时提供' })
  }
  return { positions, issues }
}
