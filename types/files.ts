import * as z from 'zod'

/**
 * A file in the mini program's cloud storage, as `wx.cloud.uploadFile` returns it
 * ("cloud://env-id.bucket/path"). Only such ids are stored: never outside URLs, so every image and
 * attachment the app shows comes from the bureau's own storage.
 */
export const fileIdSchema = z
  .string({ message: '请先上传文件' })
  .trim()
  .max(500, { message: '文件标识过长，请重新上传' })
  .regex(/^cloud:\/\/[A-Za-z0-9._-]+\/\S+$/, { message: '文件标识无效，请重新上传' })

/**
 * Where a report's attachments are uploaded: a folder bound to the uploader and the draft
 * (`reports/<userId>/<draftKey>/`). The server accepts only files under the caller's own folder,
 * so nobody can attach — and then read through the case — a file someone else uploaded.
 */
export function reportAttachmentFolder(userId: string, draftKey: string): string {
  return `reports/${userId}/${draftKey}/`
}

/** The storage path of a file id: "cloud://env.bucket/reports/u/k/a.pdf" → "reports/u/k/a.pdf". */
export function storagePathOf(fileId: string): string | null {
  const match = /^cloud:\/\/[A-Za-z0-9._-]+\/(\S+)$/.exec(fileId)
  return match ? match[1] : null
}

export type AttachmentKind = 'image' | 'pdf' | 'other'

export function attachmentKindOf(fileId: string): AttachmentKind {
  const extension = fileId.slice(fileId.lastIndexOf('.') + 1).toLowerCase()
  if (extension === 'pdf') return 'pdf'
  return ['jpg', 'jpeg', 'png'].includes(extension) ? 'image' : 'other'
}
