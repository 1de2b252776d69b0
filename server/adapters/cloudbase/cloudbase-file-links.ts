import type { FileLinks } from '../../ports/file-links'

/** The part of wx-server-sdk this adapter uses. */
export interface WxTempFileApi {
  getTempFileURL(options: { fileList: { fileID: string; maxAge: number }[] }): Promise<{
    fileList: { fileID: string; tempFileURL?: string; status?: number }[]
  }>
}

/** CloudBase: the function (admin rights) asks storage for signed links; clients cannot read the bucket. */
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
  }
}
