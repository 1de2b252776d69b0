import { EXPORT_LINK_TTL_SECONDS, EXPORT_RELINK_HOURS, type ExportLink } from '../../../../types/workbench/exports'
import { invalidState, notFound } from '../../../core/app-error'
import type { Caller } from '../../../core/caller'
import { newId } from '../../../core/new-id'
import type { Runtime } from '../../../core/runtime'
import { buildWorkbook, type ExportRequest } from './export-workbook'
import { WORKBENCH_EXPORTS, type ExportRecord } from './records'

/**
 * Where an export lies: its creator's own folder. No client may read or write `exports/` (storage
 * rule), so the only way to the file is a link this module signs for that creator.
 */
export function exportStoragePath(ownerUserId: string, exportId: string): string {
  return `exports/${ownerUserId}/${exportId}.xlsx`
}

const exportsOf = (runtime: Runtime) => runtime.store.collection<ExportRecord>(WORKBENCH_EXPORTS)

async function linkTo(runtime: Runtime, record: ExportRecord, now: Date): Promise<ExportLink> {
  const url = (await runtime.files.temporaryUrls([record.fileId], EXPORT_LINK_TTL_SECONDS)).get(record.fileId)
  if (!url) throw notFound('导出文件已不存在，请重新导出')
  return {
    exportId: record._id,
    fileName: record.fileName,
    rowCount: record.rowCount,
    url,
    expiresAt: new Date(now.getTime() + EXPORT_LINK_TTL_SECONDS * 1000).toISOString(),
  }
}

/** Builds the XLSX, stores it under the caller's folder, records whose it is, and links it for ten minutes. */
export async function createExport(runtime: Runtime, caller: Caller, request: ExportRequest, now: Date): Promise<ExportLink> {
  const built = await buildWorkbook(runtime.store, request, now)
  const exportId = newId('exp')
  const fileId = await runtime.files.upload(exportStoragePath(caller.userId, exportId), built.content)
  const record: ExportRecord = {
    _id: exportId,
    ownerUserId: caller.userId,
    fileId,
    fileName: built.fileName,
    kind: request.kind,
    rowCount: built.rowCount,
    createdAt: now.toISOString(),
  }
  await exportsOf(runtime).insert(record)
  return linkTo(runtime, record, now)
}

/**
 * A fresh link for the export's creator only: anyone else — other staff included — is told it does
 * not exist (the same answer as a wrong id, so ids reveal nothing).
 */
export async function renewExportLink(runtime: Runtime, caller: Caller, exportId: string, now: Date): Promise<ExportLink> {
  const record = await exportsOf(runtime).getById(exportId)
  if (!record || record.ownerUserId !== caller.userId) throw notFound('没有找到这份导出文件，请重新导出')
  if (Date.parse(record.createdAt) + EXPORT_RELINK_HOURS * 3600_000 <= now.getTime()) {
    throw invalidState(`导出文件只保留 ${EXPORT_RELINK_HOURS} 小时，请重新导出`)
  }
  return linkTo(runtime, record, now)
}

/** Per timer run; the daily run catches up over a few days after an unusual burst. */
const PURGE_BATCH = 200

/**
 * Deletes exports nobody can get a link to any more: the files first, then their records, so a
 * failed run leaves records that the next run retries (deleting a missing file is not an error).
 */
export async function purgeExpiredExports(runtime: Runtime, now: Date): Promise<{ purged: number }> {
  const cutoff = new Date(now.getTime() - EXPORT_RELINK_HOURS * 3600_000).toISOString()
  const old = await exportsOf(runtime).find({ createdAt: { $lt: cutoff } }, { orderBy: [['createdAt', 'asc']], limit: PURGE_BATCH })
  if (old.length === 0) return { purged: 0 }
  await runtime.files.remove(old.map((e) => e.fileId))
  const purged = await exportsOf(runtime).deleteMany({ _id: { $in: old.map((e) => e._id) } })
  return { purged }
}
