import { createReadStream, existsSync, statSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { extname } from 'node:path'
import type { SignedFileLinks } from '../adapters/local-files/signed-file-links'
import { sendJson } from './http-io'

const TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** What to do after a link expired depends on where it came from: a report's attachment or a workbench export. */
function expiredMessage(fileId: string): string {
  return /^cloud:\/\/[^/]+\/exports\//.test(fileId) ? '链接已过期，请在工作台重新导出' : '链接已过期，请返回上报详情重新打开附件'
}

/** GET /api/files?id&expires&sig: the local answer to a CloudBase temporary file URL. */
export function serveSignedFile(files: SignedFileLinks | undefined, url: string, response: ServerResponse): void {
  const query = new URLSearchParams(url.includes('?') ? url.slice(url.indexOf('?') + 1) : '')
  const opened = files ? files.open(query) : ({ ok: false, reason: 'invalid' } as const)
  if (!opened.ok) {
    const message = opened.reason === 'expired' ? expiredMessage(query.get('id') ?? '') : '链接无效'
    return sendJson(response, 403, { ok: false, code: 'FORBIDDEN', message })
  }
  if (!existsSync(opened.path) || !statSync(opened.path).isFile()) {
    return sendJson(response, 404, { ok: false, code: 'NOT_FOUND', message: '文件不存在' })
  }
  response.writeHead(200, {
    'content-type': TYPES[extname(opened.path).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': 'private, no-store',
  })
  createReadStream(opened.path).pipe(response)
}
