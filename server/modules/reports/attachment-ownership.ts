import { reportAttachmentFolder, storagePathOf } from '../../../types/files'
import { AppError } from '../../core/app-error'

export const FOREIGN_ATTACHMENT_MESSAGE = '附件只能使用您本人为这份上报上传的文件，请删除该附件后重新上传'

/** A file name inside the folder: no sub-folders, no "..", nothing hidden. */
const FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/

/**
 * Every attachment must lie in the caller's own folder for this draft. A file id from anyone
 * else's folder would otherwise become readable to the people on this case.
 */
export function assertOwnAttachments(fileIds: readonly string[], userId: string, draftKey: string): void {
  const folder = reportAttachmentFolder(userId, draftKey)
  const foreign = fileIds.findIndex((fileId) => {
    const path = storagePathOf(fileId)
    return !path || !path.startsWith(folder) || !FILE_NAME.test(path.slice(folder.length))
  })
  if (foreign >= 0) {
    throw new AppError('VALIDATION_FAILED', FOREIGN_ATTACHMENT_MESSAGE, [{ path: ['attachments', foreign], message: FOREIGN_ATTACHMENT_MESSAGE }])
  }
}
