// Bundles each cloud function's TypeScript entry (cloudfunctions/<name>/src/index.ts) with the
// shared server code into cloudfunctions/<name>/index.js — the file WeChat uploads. wx-server-sdk
// stays external (installed by CloudBase from the function's package.json); nothing local-only
// (SQLite, the gateway) may end up in a bundle, and the build fails if it does.
import { build } from 'esbuild'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..', 'cloudfunctions')
const FORBIDDEN = ['better-sqlite3', 'server/gateway', 'adapters/sqlite']
const names = readdirSync(root).filter((name) => existsSync(join(root, name, 'src', 'index.ts')))
let failed = false
for (const name of names) {
  const outfile = join(root, name, 'index.js')
  const result = await build({
    entryPoints: [join(root, name, 'src', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    external: ['wx-server-sdk'],
    metafile: true,
    legalComments: 'none',
    minify: true,
    logLevel: 'warning',
  })
  const inputs = Object.keys(result.metafile.inputs)
  const leaked = inputs.filter((input) => FORBIDDEN.some((f) => input.includes(f)))
  if (leaked.length > 0) {
    failed = true
    console.error(`✗ ${name}: bundle includes local-only code: ${leaked.join(', ')}`)
  }
  const kb = (statSync(outfile).size / 1024).toFixed(1)
  console.log(`${leaked.length ? '✗' : '✓'} cloudfunctions/${name}/index.js  ${kb} KB  (${inputs.length} modules)`)
  const pkg = JSON.parse(readFileSync(join(root, name, 'package.json'), 'utf8'))
  if (!pkg.dependencies?.['wx-server-sdk']) {
    failed = true
    console.error(`✗ ${name}: package.json must list wx-server-sdk`)
  }
}
if (failed) process.exit(1)
