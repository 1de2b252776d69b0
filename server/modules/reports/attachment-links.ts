import { attachmentKindOf } from '../../../types/files'
import type { AttachmentLinks } from '../../../types/reports/schemas'
import type { Caller } from '../../core/caller'
import type { Runtime } from '../../core/runtime'
import { loadReportFor } from './report-access'

/** Long enough to open a PDF on a slow network, short enough that a forwarded link soon dies. */
export const ATTACHMENT_LINK_TTL_SECONDS = 10 * 60

/** Links to a report's attachments, for exactly the people who may read the report. */
export async function attachmentLinks(runtime: Runtime, caller: Caller, reportId: string, now: Date): Promise<AttachmentLinks> {
  const { report } = await loadReportFor(runtime.store, caller, reportId, ['enterprise', 'assignee', 'staff'])
  const urls = await runtime.files.temporaryUrls(report.attachments, ATTACHMENT_LINK_TTL_SECONDS)
  return {
    links: report.attachments.map((fileId) => ({ fileId, kind: attachmentKindOf(fileId), url: urls.get(fileId) ?? null })),
    expiresAt: new Date(now.getTime() + ATTACHMENT_LINK_TTL_SECONDS * 1000).toISOString(),
  }
}
