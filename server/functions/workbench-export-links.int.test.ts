import { existsSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { getMyProfile } from '../../types/users/contracts'
import { listAuditLog } from '../../types/workbench/audit'
import { exportWorkbook, getExportLink } from '../../types/workbench/exports'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { ADMIN, AGENCY, EXPERT, LIAISON, STAFF } from '../modules/reports/testing/reports-fixture'

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness({ now: '2026-12-05T02:00:00.000Z' })
})
afterEach(() => h.close())

const get = (url: string) => fetch(`${h.url}${url}`)

describe('exports are stored files behind short-lived links', () => {
  it("stores the XLSX in its creator's folder and links it for ten minutes; the expired link is refused, the creator gets a fresh one", async () => {
    const link = await h.ok(exportWorkbook, { kind: 'registry' }, STAFF)
    const { userId } = await h.ok(getMyProfile, {}, STAFF)
    expect(link.exportId).toMatch(/^exp_/)
    expect(existsSync(join(h.dataDir, 'files', 'exports', userId, `${link.exportId}.xlsx`))).toBe(true)
    expect(Date.parse(link.expiresAt) - h.clock.now().getTime()).toBe(10 * 60 * 1000)

    const opened = await get(link.url)
    expect(opened.status).toBe(200)
    expect(opened.headers.get('cache-control')).toBe('private, no-store')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await opened.arrayBuffer())
    expect(book.getWorksheet('联络员名册')?.getRow(2).getCell(7).value).toBe('王联络')

    h.clock.advance(10 * 60 * 1000 + 1000)
    const expired = await get(link.url)
    expect(expired.status).toBe(403)
    expect(await expired.json()).toMatchObject({ message: '链接已过期，请在工作台重新导出' })

    const renewed = await h.ok(getExportLink, { exportId: link.exportId }, STAFF)
    expect(renewed).toMatchObject({ exportId: link.exportId, fileName: link.fileName, rowCount: 1 })
    expect(renewed.url).not.toBe(link.url)
    expect((await get(renewed.url)).status).toBe(200)

    // After a day the file is no longer offered: export again.
    h.clock.advance(24 * 3600_000)
    expect(await h.call(getExportLink, { exportId: link.exportId }, STAFF)).toMatchObject({ ok: false, code: 'INVALID_STATE', message: '导出文件只保留 24 小时，请重新导出' })
  })

  it("nobody else gets a link to someone's export: not other staff, not other roles, not by editing the link", async () => {
    const link = await h.ok(exportWorkbook, { kind: 'audit' }, STAFF)
    // Another bureau account (admins may export too) is told the export does not exist.
    expect(await h.call(getExportLink, { exportId: link.exportId }, ADMIN)).toMatchObject({ ok: false, code: 'NOT_FOUND', message: '没有找到这份导出文件，请重新导出' })
    for (const other of [LIAISON, EXPERT, AGENCY, 'openid-stranger']) {
      expect(await h.call(getExportLink, { exportId: link.exportId }, other)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      expect(await h.call(exportWorkbook, { kind: 'audit' }, other)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
    expect(await h.call(getExportLink, { exportId: link.exportId }, null)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    expect(await h.call(getExportLink, { exportId: '' }, STAFF)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' })

    // The admin's own export lies in the admin's folder; a link edited to point at the staff
    // member's file fails its signature.
    const own = await h.ok(exportWorkbook, { kind: 'audit' }, ADMIN)
    const forged = own.url.replace(encodeURIComponent(own.exportId), encodeURIComponent(link.exportId))
    expect(forged).not.toBe(own.url)
    expect((await get(forged)).status).toBe(403)
    expect((await get(own.url)).status).toBe(200)
  })

  it('the daily timer deletes exports past their 24 hours, file and record; newer ones stay', async () => {
    const { userId } = await h.ok(getMyProfile, {}, STAFF)
    const old = await h.ok(exportWorkbook, { kind: 'registry' }, STAFF)
    h.clock.advance(20 * 3600_000)
    const recent = await h.ok(exportWorkbook, { kind: 'registry' }, STAFF)
    const fileOf = (exportId: string) => join(h.dataDir, 'files', 'exports', userId, `${exportId}.xlsx`)
    expect(await h.runTimer('workbench', 'purgeExports')).toEqual({ purged: 0 })

    h.clock.advance(5 * 3600_000)
    expect(await h.runTimer('workbench', 'purgeExports')).toEqual({ purged: 1 })
    expect(existsSync(fileOf(old.exportId))).toBe(false)
    expect(existsSync(fileOf(recent.exportId))).toBe(true)
    expect(await h.call(getExportLink, { exportId: old.exportId }, STAFF)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect((await get((await h.ok(getExportLink, { exportId: recent.exportId }, STAFF)).url)).status).toBe(200)
    // Retried (a second run, or one after a crash between file and record): nothing left to do.
    expect(await h.runTimer('workbench', 'purgeExports')).toEqual({ purged: 0 })
    // Users cannot call the timer action.
    expect(await h.post('/api/functions/workbench', JSON.stringify({ action: 'purgeExports', data: {} }), { authorization: `Bearer ${h.tokenFor(STAFF)}` })).toMatchObject({ json: { ok: false } })
  })

  it('an export is recorded in the audit log (who took which data out, and when)', async () => {
    const link = await h.ok(exportWorkbook, { kind: 'dashboard', period: { kind: 'month', year: 2026, month: 11 } }, STAFF)
    const log = await h.ok(listAuditLog, { recordId: link.exportId }, ADMIN)
    expect(log.items).toEqual([expect.objectContaining({ functionName: 'workbench', action: 'exportWorkbook', records: [`workbench_exports/${link.exportId}`] })])
  })
})
