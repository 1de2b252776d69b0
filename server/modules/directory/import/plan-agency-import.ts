import type { AgencyFields } from '../../../../types/directory/schemas'
import type { ImportIssue } from '../../../../types/directory/transfer-schemas'
import type { FieldChange } from '../../../../types/revisions/schemas'
import { agencyChanges, withAgencyFields } from '../agency-fields'
import type { AgencyRecord } from '../records'
import { headerOf, STATUS_CELLS } from '../csv/agency-columns'
import { readAgencyRow, cellOf } from './read-agency-row'
import { readHeader, type ColumnPositions } from './read-header'
import { MAX_TRANSACTION_OPERATIONS } from '../../../ports/store-limits'

/**
 * Rows beyond this go in another file. The import is one transaction of three operations per row
 * (read, agency, revision), so its size follows CloudBase's per-transaction cap (store-limits.ts): 166.
 */
export const MAX_IMPORT_ROWS = Math.floor(MAX_TRANSACTION_OPERATIONS / 3)

export interface AgencyImportPlan {
  rowCount: number
  errors: ImportIssue[]
  creates: { row: number; fields: AgencyFields }[]
  updates: { row: number; current: AgencyRecord; next: AgencyRecord; changes: FieldChange[] }[]
  unchanged: { row: number; agencyId: string; name: string }[]
}

type Target = { row: number; current: AgencyRecord | null; fields: AgencyFields }

function checkReadOnly(cells: readonly string[], positions: ColumnPositions, current: AgencyRecord | null, push: (column: string, message: string) => void) {
  const status = cellOf(cells, positions, 'status')
  if (status) {
    const value = status === STATUS_CELLS.active || status === 'active' ? 'active' : status === STATUS_CELLS.suspended || status === 'suspended' ? 'suspended' : null
    if (value === null) push(headerOf('status'), '状态只能是「正常」或「暂停」')
    else if (value !== (current?.status ?? 'active')) {
      push(headerOf('status'), current ? '导入不修改状态：请在机构详情页暂停或恢复该机构' : '新机构导入后为「正常」状态；如需暂停请在机构详情页操作')
    }
  }
  const revision = cellOf(cells, positions, 'revision')
  if (revision) {
    if (!/^\d+$/.test(revision) || Number(revision) < 1) push(headerOf('revision'), '版本应为正整数，由导出自动生成，请勿修改')
    else if (!current) {
      push(headerOf('name'), '找不到该行对应的机构：这一行带有版本号，但编号为空、名称与名录中的机构都不同。如果修改了名称，请保留「编号」列')
    } else if (Number(revision) !== current.revision) {
      push(
        headerOf('revision'),
        `该机构在您导出后已被修改（文件中为第 ${revision} 版，当前为第 ${current.revision} 版），请重新导出后在新文件上修改`,
      )
    }
  }
}

/**
 * Works out what importing `records` (header first) would do to the directory `existing`,
 * without writing anything: every problem of every row, and what each valid row would create,
 * update or leave unchanged. Rows are numbered as the spreadsheet shows them (the header is row 1).
 */
export function planAgencyImport(records: readonly (readonly string[])[], existing: readonly AgencyRecord[]): AgencyImportPlan {
  const plan: AgencyImportPlan = { rowCount: 0, errors: [], creates: [], updates: [], unchanged: [] }
  if (records.length === 0) {
    plan.errors.push({ row: 1, column: null, message: '文件是空的：第 1 行应为表头，从第 2 行起每行一家机构' })
    return plan
  }
  const { positions, issues } = readHeader(records[0])
  if (issues.length > 0) {
    plan.errors.push(...issues)
    return plan
  }
  const dataRows = records
    .map((cells, index) => ({ row: index + 1, cells }))
    .slice(1)
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''))
  plan.rowCount = dataRows.length
  if (dataRows.length === 0) {
    plan.errors.push({ row: 2, column: null, message: '文件中没有机构数据：从第 2 行起每行填写一家机构' })
    return plan
  }
  if (dataRows.length > MAX_IMPORT_ROWS) {
    plan.errors.push({ row: 1, column: null, message: `一次最多导入 ${MAX_IMPORT_ROWS} 家机构（本文件 ${dataRows.length} 行），请分批导入` })
    return plan
  }

  const byId = new Map(existing.map((a) => [a._id, a]))
  const byName = new Map(existing.map((a) => [a.name, a]))
  const rowOfTarget = new Map<string, number>()
  const targets: Target[] = []
  const width = records[0].length

  for (const { row, cells } of dataRows) {
    const push = (column: string | null, message: string) => plan.errors.push({ row, column, message })
    const extra = cells.slice(width).filter((c) => c.trim() !== '').length
    if (extra > 0) push(null, `这一行比表头多出 ${extra} 格内容，请检查是否有未加引号的逗号`)

    const id = cellOf(cells, positions, 'id')
    const name = cellOf(cells, positions, 'name') ?? ''
    let current: AgencyRecord | null
    if (id) {
      current = byId.get(id) ?? null
      if (!current) {
        push(headerOf('id'), `编号「${id}」在名录中不存在；新建机构请留空编号`)
        continue
      }
    } else {
      current = byName.get(name) ?? null
    }
    const targetKey = current ? current._id : `new:${name}`
    const earlier = rowOfTarget.get(targetKey)
    if (earlier !== undefined) {
      push(current ? headerOf(id ? 'id' : 'name') : headerOf('name'), `与第 ${earlier} 行是同一家机构，请合并为一行`)
      continue
    }
    rowOfTarget.set(targetKey, row)

    checkReadOnly(cells, positions, current, push)
    const { fields, issues } = readAgencyRow(cells, positions, current)
    issues.forEach((issue) => push(issue.column, issue.message))
    if (fields) targets.push({ row, current, fields })
  }

  // Names must stay unique in the directory as it will be after the import (renames included).
  const touched = new Set(targets.flatMap((t) => (t.current ? [t.current._id] : [])))
  const nameOwners = new Map<string, string>()
  for (const agency of existing) if (!touched.has(agency._id)) nameOwners.set(agency.name, `名录中序号 ${agency.seq} 的机构`)
  for (const target of targets) {
    const owner = nameOwners.get(target.fields.name)
    if (owner) plan.errors.push({ row: target.row, column: headerOf('name'), message: `机构名称与${owner}重复，请核对` })
    else nameOwners.set(target.fields.name, `第 ${target.row} 行`)
  }

  // Valid rows are previewed even when others have errors, so staff see the whole effect at once.
  plan.errors.sort((a, b) => a.row - b.row)
  const badRows = new Set(plan.errors.map((e) => e.row))
  for (const { row, current, fields } of targets) {
    if (badRows.has(row)) continue
    if (!current) {
      plan.creates.push({ row, fields })
      continue
    }
    const next = withAgencyFields(current, fields)
    const changes = agencyChanges(current, next)
    if (changes.length === 0) plan.unchanged.push({ row, agencyId: current._id, name: current.name })
    else plan.updates.push({ row, current, next, changes })
  }
  return plan
}
