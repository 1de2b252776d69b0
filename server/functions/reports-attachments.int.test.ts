import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { reportAttachmentFolder } from '../../types/files'
import { getAttachmentLinks, getReport, listReports, submitReport } from '../../types/reports/contracts'
import { getMyProfile } from '../../types/users/contracts'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { FOREIGN_ATTACHMENT_MESSAGE } from '../modules/reports/attachment-ownership'
import { AGENCY, EXPERT, LIAISON, STAFF, newKey, reportInput } from '../modules/reports/testing/reports-fixture'

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(() => h.close())

const fileId = (path: string) => `cloud://env-1.bucket/${path}`

async function userIdOf(openid: string): Promise<string> {
  return (await h.ok(getMyProfile, {}, openid)).userId
}

/** Puts a file where the gateway's signed links read from, as an upload would on CloudBase. */
function store(path: string, content: string) {
  const file = join(h.dataDir, 'files', path)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, content)
}

describe('reports: private attachments', () => {
  it("refuses another user's file, another draft's file and odd paths, and writes nothing", async () => {
    const key = newKey()
    const expertFolder = reportAttachmentFolder(await userIdOf(EXPERT), key)
    const ownOtherDraft = reportAttachmentFolder(await userIdOf(LIAISON), newKey())
    const own = reportAttachmentFolder(await userIdOf(LIAISON), key)
    for (const bad of [
      fileId(`${expertFolder}contract.pdf`),
      fileId(`${ownOtherDraft}contract.pdf`),
      fileId(`${own}../../x/contract.pdf`),
      fileId(`${own}sub/contract.pdf`),
      fileId('reports/complaint.pdf'),
    ]) {
      const result = await h.call(submitReport, reportInput({ idempotencyKey: key, attachments: [fileId(`${own}ok.jpg`), bad] }), LIAISON)
      expect(result).toMatchObject({
        ok: false,
        code: 'VALIDATION_FAILED',
        message: FOREIGN_ATTACHMENT_MESSAGE,
        issues: [{ path: ['attachments', 1], message: FOREIGN_ATTACHMENT_MESSAGE }],
      })
    }
    expect((await h.ok(listReports, {}, STAFF)).total).toBe(0)
    // The same draft, corrected, goes through: the refusal lost nothing.
    const report = await h.ok(submitReport, reportInput({ idempotencyKey: key, attachments: [fileId(`${own}ok.jpg`)] }), LIAISON)
    expect(report.attachments).toEqual([fileId(`${own}ok.jpg`)])
  })

  it('gives the parties of the case short-lived links, and nobody else', async () => {
    const key = newKey()
    const folder = reportAttachmentFolder(await userIdOf(LIAISON), key)
    const pdf = fileId(`${folder}complaint.pdf`)
    const photo = fileId(`${folder}listing-1.jpg`)
    store(`${folder}complaint.pdf`, '%PDF-1.4 complaint')
    const report = await h.ok(submitReport, reportInput({ idempotencyKey: key, attachments: [pdf, photo] }), LIAISON)
    expect(report.assignee?.kind).toBe('expert')

    for (const party of [LIAISON, EXPERT, STAFF]) {
      const answer = await h.ok(getAttachmentLinks, { reportId: report.reportId }, party)
      expect(answer.links.map(({ fileId: id, kind }) => ({ id, kind }))).toEqual([
        { id: pdf, kind: 'pdf' },
        { id: photo, kind: 'image' },
      ])
      expect(Date.parse(answer.expiresAt) - h.clock.now().getTime()).toBe(10 * 60 * 1000)
    }
    for (const outsider of [AGENCY, 'openid-stranger']) {
      expect(await h.call(getAttachmentLinks, { reportId: report.reportId }, outsider)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
      expect(await h.call(getReport, { reportId: report.reportId }, outsider)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    }
    expect(await h.call(getAttachmentLinks, { reportId: report.reportId }, null)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })

    const { links } = await h.ok(getAttachmentLinks, { reportId: report.reportId }, EXPERT)
    const pdfUrl = `${h.url}${links[0].url ?? ''}`
    const opened = await fetch(pdfUrl)
    expect(opened.status).toBe(200)
    expect(opened.headers.get('content-type')).toBe('application/pdf')
    expect(await opened.text()).toBe('%PDF-1.4 complaint')
    // The photo was never stored: the link is well-formed, the file is missing.
    expect((await fetch(`${h.url}${links[1].url ?? ''}`)).status).toBe(404)

    // A link pointed at another file, or used after it expired, opens nothing.
    const forged = pdfUrl.replace(encodeURIComponent('complaint.pdf'), encodeURIComponent('listing-1.jpg'))
    expect(forged).not.toBe(pdfUrl)
    expect((await fetch(forged)).status).toBe(403)
    h.clock.advance(11 * 60 * 1000)
    const expired = await fetch(pdfUrl)
    expect(expired.status).toBe(403)
    expect(await expired.json()).toMatchObject({ message: '链接已过期，请返回上报详情重新打开附件' })
  })
})
