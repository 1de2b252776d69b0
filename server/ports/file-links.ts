/**
 * Private files in cloud storage: short-lived download links, and files the functions write
 * themselves (exports). Handlers hand out links only after the same access check as the record the
 * files belong to; storage itself lets no client read them.
 * CloudBase: `cloud.getTempFileURL` / `cloud.uploadFile`; locally: files under the gateway's data
 * folder, served by URLs the gateway signs until they expire.
 */
export interface FileLinks {
  /** One link per file id (null when the file does not exist), valid for about `ttlSeconds`. */
  temporaryUrls(fileIds: readonly string[], ttlSeconds: number): Promise<Map<string, string | null>>
  /**
   * Stores `content` at the storage path (overwriting) and returns its file id. The type is the
   * path's extension: wx-server-sdk's uploadFile takes no content type, so neither does this.
   */
  upload(path: string, content: Buffer): Promise<string>
  /** Deletes the files (a missing one is not an error): for files the functions stored and no longer offer. */
  remove(fileIds: readonly string[]): Promise<void>
}
