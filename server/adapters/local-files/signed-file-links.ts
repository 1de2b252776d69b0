import { createHmac, timingSafeEqual } from 'node:crypto'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join, normalize, sep } from 'node:path'
import { storagePathOf } from '../../../types/files'
import type { Clock } from '../../ports/clock'
import type { FileLinks } from '../../ports/file-links'

/** The gateway route that serves signed links. */
export const LOCAL_FILE_ROUTE = '/api/files'

/** File ids of files the local functions store: the shape of a CloudBase id, bucket `local.files`. */
export const LOCAL_FILE_ID_PREFIX = 'cloud://local.files/'

export interface SignedFileLinks extends FileLinks {
  /** The file a link points at, if its signature is right and it has not expired; else why not. */
  open(query: URLSearchParams): { ok: true; path: string } | { ok: false; reason: 'invalid' | 'expired' }
}

/**
 * The local stand-in for CloudBase's getTempFileURL: `/api/files?id=…&expires=…&sig=…`, an HMAC
 * over the file id and the expiry. Files live under `root` by their storage path (the H5 build has
 * no client uploads; functions store their own files, e.g. exports, through `upload`).
 */
export function createSignedFileLinks(options: { secret: Buffer; clock: Clock; root: string }): SignedFileLinks {
  const resolve = (storagePath: string): string | null => {
    const path = join(options.root, normalize(storagePath))
    return path.startsWith(options.root + sep) ? path : null
  }
  const sign = (fileId: string, expires: number) => createHmac('sha256', options.secret).update(`${fileId}\n${expires}`).digest('base64url')

  return {
    async temporaryUrls(fileIds, ttlSeconds) {
      const expires = Math.floor(options.clock.now().getTime() / 1000) + ttlSeconds
      const links = new Map<string, string | null>()
      for (const fileId of fileIds) {
        const query = new URLSearchParams({ id: fileId, expires: String(expires), sig: sign(fileId, expires) })
        links.set(fileId, storagePathOf(fileId) ? `${LOCAL_FILE_ROUTE}?${query.toString()}` : null)
      }
      return links
    },
    open(query) {
      const fileId = query.get('id') ?? ''
      const expires = Number(query.get('expires'))
      const given = Buffer.from(query.get('sig') ?? '')
      const expected = Buffer.from(sign(fileId, expires))
      if (!Number.isInteger(expires) || given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' }
      if (expires * 1000 < options.clock.now().getTime()) return { ok: false, reason: 'expired' }
      const storagePath = storagePathOf(fileId)
      const path = storagePath ? resolve(storagePath) : null
      if (!path) return { ok: false, reason: 'invalid' }
      return { ok: true, path }
    },
    async upload(storagePath, content) {
      const path = resolve(storagePath)
      if (!path || !storagePathOf(`${LOCAL_FILE_ID_PREFIX}${storagePath}`)) throw new Error(`not a storage path: ${storagePath}`)
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, content)
      return `${LOCAL_FILE_ID_PREFIX}${storagePath}`
    },
    async remove(fileIds) {
      for (const fileId of fileIds) {
        const storagePath = storagePathOf(fileId)
        const path = storagePath ? resolve(storagePath) : null
        if (path) await rm(path, { force: true })
      }
    },
  }
}
