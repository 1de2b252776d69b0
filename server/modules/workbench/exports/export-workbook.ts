import { industryName } from '../../../../types/catalog/industries'
import { regionName } from '../../../../types/catalog/regions'
import { ROLE_LABELS } from '../../../../types/roles'
import { formatShanghai } from '../../../../types/time'
import { MAX_EXPORT_ROWS } from '../../../../types/workbench/exports'
import { periodRange } from '../../../../types/workbench/period'
import { liaisonLabel, REGISTRY_STATUS_LABELS } from '../../../../types/workbench/registry'
import type { z } from 'zod'
import type { exportRequestSchema } from '../../../../types/workbench/exports'
import type { DocumentStore } from '../../../ports/document-store'
import { listAuditLog } from '../../audit/list-audit-log'
import { CONTENT, type ContentRecord } from '../../content/records'
import { buildDashboard } from '../dashboard/build-dashboard'
import { listRegistry } from '../registry/registry'
import { annualSummarySheet, dashboardSheets } from './dashboard-sheets'
import { writeWorkbook, type Cell, type Sheet } from './workbook'

export type ExportRequest = z.output<typeof exportRequestSchema>
const PAGE = 50

/** Pages through a list service (50 per page, as the screens do) up to MAX_EXPORT_ROWS rows. */
async function collect<T>(load: (page: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const all: T[] = []
  for (let page = 1; all.length < MAX_EXPORT_ROWS; page++) {
    const { items, total } = await load(page)
    all.push(...items)
    if (items.length < PAGE || all.length >= total) break
  }
  return all.slice(0, MAX_EXPORT_ROWS)
}

async function sheetsFor(store: DocumentStore, request: ExportRequest): Promise<{ title: string; sheets: Sheet[]; rowCount: number }> {
  switch (request.kind) {
    case 'dashboard': {
      const d = await buildDashboard(store, request.period)
      return { title: `工作台统计-${d.period.label}`, sheets: dashboardSheets(d), rowCount: d.reports.total }
    }
    case 'annual': {
      const period = { kind: 'year', year: request.year } as const
      const range = periodRange(period)
      const [d, published] = await Promise.all([
        buildDashboard(store, period),
        store.collection<ContentRecord>(CONTENT).count({ firstPublishedAt: { $gte: range.from, $lt: range.to } }),
      ])
      return { title: `${request.year}年度汇总`, sheets: [annualSummarySheet(request.year, d, published), ...dashboardSheets(d)], rowCount: d.reports.total }
    }
    case 'registry': {
      const items = await collect((page) => listRegistry(store, { page, pageSize: PAGE, keyOnly: request.keyOnly, district: request.district }))
      const rows: Cell[][] = [
        ['企业名称', '统一社会信用代码', '行业', '出口市场', '县（市、区）', '重点企业', '联络员', '状态', '认证时间'],
        ...items.map((e): Cell[] => [
          e.name,
          e.creditCode,
          industryName(e.industry),
          e.exportMarkets.map(regionName).join('、'),
          e.district ?? '',
          e.keyEnterprise ? '是' : '否',
          e.liaisons.map(liaisonLabel).join('、'),
          REGISTRY_STATUS_LABELS[e.status],
          formatShanghai(e.verifiedAt),
        ]),
      ]
      return { title: '联络员名册', sheets: [{ name: '联络员名册', rows }], rowCount: items.length }
    }
    case 'audit': {
      const items = await collect((page) => listAuditLog(store, { ...request, page, pageSize: PAGE }))
      const rows: Cell[][] = [
        ['时间', '人员', '角色', '类型', '操作', '记录', '结果'],
        ...items.map((e): Cell[] => [
          formatShanghai(e.at, 'YYYY-MM-DD HH:mm:ss'),
          e.actorName,
          e.actorRoles.map((r) => ROLE_LABELS[r]).join('、'),
          e.kind === 'sign_in' ? '登录' : '写入',
          `${e.functionName}.${e.action}`,
          e.records.join(' '),
          e.outcome === 'ok' ? '成功' : `失败（${e.failureCode ?? ''}）`,
        ]),
      ]
      return { title: '操作日志', sheets: [{ name: '操作日志', rows }], rowCount: items.length }
    }
  }
}

export interface BuiltWorkbook {
  fileName: string
  content: Buffer
  rowCount: number
}

/** The XLSX of one export request, named for people (title and Asia/Shanghai time). */
export async function buildWorkbook(store: DocumentStore, request: ExportRequest, now: Date): Promise<BuiltWorkbook> {
  const { title, sheets, rowCount } = await sheetsFor(store, request)
  return { fileName: `${title}-${formatShanghai(now, 'YYYYMMDD-HHmm')}.xlsx`, content: await writeWorkbook(sheets), rowCount }
}
