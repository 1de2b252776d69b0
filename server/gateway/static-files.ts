import { createReadStream, existsSync, statSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}

/**
 * Serves the H5 build. Paths are normalised and must stay inside the root; unknown paths fall
 * back to index.html (Taro's H5 router uses hash URLs, so this only matters for stray links).
 */
export function serveStatic(root: string, urlPath: string, response: ServerResponse): void {
  const relative = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^([/\\])+/, '')
  let file = join(root, relative)
  if (!file.startsWith(root + sep) && file !== root) {
    response.writeHead(403).end()
    return
  }
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html')
  if (!existsSync(file)) {
    response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
    response.end('H5 页面尚未构建：请先运行 npm run build:h5（npm start 会自动构建）')
    return
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream'
  const immutable = /\.[0-9a-f]{8,}\.(js|css)$/.test(file)
  response.writeHead(200, { 'content-type': type, 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' })
  createReadStream(file).pipe(response)
}
