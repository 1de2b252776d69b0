import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(__dirname, '..', '..', '..')
export const H5_DIR = join(ROOT, 'dist', 'h5')

/**
 * Browser tests run against the H5 build of the current sources: build it once per run
 * (E2E_SKIP_BUILD=1 reuses an existing dist/h5 while iterating on a test).
 */
export function ensureH5Build(): string {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(join(H5_DIR, 'index.html'))) return H5_DIR
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'taro'), ['build', '--type', 'h5'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (result.status !== 0) throw new Error(`H5 build failed:\n${result.stdout}\n${result.stderr}`)
  return H5_DIR
}
