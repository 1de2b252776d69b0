/**
 * Short-lived download links for private files in cloud storage. Handlers call it only after the
 * same access check as the record the files belong to; storage itself lets no client read them.
 * CloudBase: `cloud.getTempFileURL`; locally: URLs the gateway signs and serves until they expire.
 */
export interface FileLinks {
  /** One link per file id (null when the file does not exist), valid for about `ttlSeconds`. */
  temporaryUrls(fileIds: readonly string[], ttlSeconds: number): Promise<Map<string, string | null>>
}
