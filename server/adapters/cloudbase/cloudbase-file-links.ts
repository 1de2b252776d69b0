import type { FileLinks } from '../../ports/file-links'

/** The part of wx-server-sdk this adapter uses. */
export interface WxTempFileApi {
  getTempFileURL(options: { fileList: { fileID: string; maxAge: number }[] }): Promise<{
    fileList: { fileID: string; tempFileURL?: string; status?: number }[]
  }>
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>
  deleteFile(options: { fileList: string[] }): Promise<{ fileList: { fileID: string; status: number }[] }>
}

/** deleteFile takes at most 50 file ids per call. */
const DELETE_BATCH = 50

/** CloudBase: the function (admin rights) writes files and asks storage for signed links; clients cannot read the bucket. */
export function createCloudBaseFileLinks(cloud: WxTempFileApi): FileLinks {
  return {
    async temporaryUrls(fileIds, ttlSeconds) {
      const links = new Map<string, string | null>(fileIds.map((id) => [id, null]))
      if (fileIds.length === 0) return links
      const { fileList } = await cloud.getTempFileURL({ fileList: fileIds.map((fileID) => ({ fileID, maxAge: ttlSeconds })) })
      for (const file of fileList) {
        if (links.has(file.fileID) && file.status === 0 && file.tempFileURL) links.set(file.fileID, file.tempFileURL)
      }
      return links
    },
    async upload(path, content) {
      // The function has admin rights; the storage rule lets no client write under this path.
      const { fileID } = await cloud.uploadFile({ cloudPath: path, fileContent: content })
      if (!fileID) throw new Error(`uploadFile returned no fileID for ${path}`)
      return fileID
    },
    async remove(fileIds) {
      for (let i = 0; i < fileIds.length; i += DELETE_BATCH) {
        await cloud.deleteFile({ fileList: fileIds.slice(i, i + DELETE_BATCH) })
      }
    },
  }
}
