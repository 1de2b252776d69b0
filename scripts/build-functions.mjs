// Bundles each cloud function's TypeScript entry (cloudfunctions/<name>/src/index.ts) with the
// shared server code into cloudfunctions/<name>/index.js — the file WeChat uploads. wx-server-sdk
// stays external (installed by CloudBase from the function's package.json); nothing local-only
// (SQLite, the gateway) may end up in a bundle, and the build fails if it does.
//
// Libraries only some actions need (exceljs: import/export) are not in index.js: the code loads
// them with `await import(...)`, and the build writes each one as a file of its own next to
// index.js (cloudfunctions/<name>/exceljs.js), which DevTools uploads with the folder. A cold start
// then pays only for index.js; the first import/export on an instance pays for the library.
//
// Then it prints each bundle's size and cold-require time: every bundle is required in fresh
// `node` processes (several, interleaved; medians) that first require wx-server-sdk alone, so the
// figure is what the bundle costs beyond the SDK every function pays anyway. Times are printed,
// never enforced (they depend on the machine); the size budget is enforced (it does not).
//
// Options: --only a,b (some functions) · --out DIR (write <DIR>/<name>/… instead, for tests) ·
// --no-timing · --runs N (fresh processes per bundle, default 3).
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const repo = join(import.meta.dirname, '..')
const root = join(repo, 'cloudfunctions')
const FORBIDDEN = ['better-sqlite3', 'server/gateway', 'adapters/sqlite']
/** Libraries shipped as a lazily required file beside index.js: package → file name. */
const LAZY = { exceljs: 'exceljs.js' }
const GOAL = { kb: 300, ms: 50 }

const { values: opts } = parseArgs({
  options: {
    only: { type: 'string' },
    out: { type: 'string' },
    'no-timing': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
  },
})
const outRoot = opts.out ? resolve(opts.out) : root
const only = opts.only?.split(',').map((name) => name.trim())
const names = readdirSync(root)
  .filter((name) => existsSync(join(root, name, 'src', 'index.ts')))
  .filter((name) => !only || only.includes(name))

/** Marks the lazy libraries external, resolved to their file beside index.js, and records who imports them how. */
function lazyLibraries(used, eager) {
  return {
    name: 'lazy-libraries',
    setup(b) {
      const filter = new RegExp(`^(${Object.keys(LAZY).join('|')})$`)
      b.onResolve({ filter }, (args) => {
        used.add(args.path)
        if (args.kind !== 'dynamic-import') eager.add(`${args.path} (imported statically by ${args.importer.replace(`${repo}/`, '')})`)
        return { path: `./${LAZY[args.path]}`, external: true }
      })
    },
  }
}

const chunkCache = new Map()
/** One self-contained CommonJS file of the library, built once and copied into every folder that uses it. */
async function lazyChunk(library) {
  if (!chunkCache.has(library)) {
    const result = await build({
      stdin: { contents: `module.exports = require(${JSON.stringify(library)})`, resolveDir: repo, loader: 'js' },
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      legalComments: 'none',
      minify: true,
      write: false,
      logLevel: 'warning',
    })
    chunkCache.set(library, result.outputFiles[0].contents)
  }
  return chunkCache.get(library)
}

/** The inputs that weigh most in the output, grouped by package for node_modules. */
function largestInputs(metafile) {
  const output = Object.values(metafile.outputs)[0]
  const weights = new Map()
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const pkg = path.match(/node_modules\/((@[^/]+\/)?[^/]+)/)
    const key = pkg ? `node_modules/${pkg[1]}` : path
    weights.set(key, (weights.get(key) ?? 0) + bytesInOutput / 1024)
  }
  return [...weights].sort((a, b) => b[1] - a[1]).slice(0, 6)
}

let failed = false
const built = []
for (const name of names) {
  const dir = join(outRoot, name)
  mkdirSync(dir, { recursive: true })
  const outfile = join(dir, 'index.js')
  const used = new Set()
  const eager = new Set()
  const result = await build({
    entryPoints: [join(root, name, 'src', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    external: ['wx-server-sdk'],
    // `await import(lib)` becomes a deferred require(), which CloudBase's CommonJS runtime and
    // __toESM's named exports handle the same way everywhere.
    supported: { 'dynamic-import': false },
    plugins: [lazyLibraries(used, eager)],
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
  for (const line of eager) console.warn(`! ${name}: ${line} — loaded at every cold start; use await import()`)
  const lazy = []
  for (const [library, file] of Object.entries(LAZY)) {
    const path = join(dir, file)
    if (used.has(library)) {
      writeFileSync(path, await lazyChunk(library))
      lazy.push(file)
    } else rmSync(path, { force: true })
  }
  const kb = statSync(outfile).size / 1024
  if (kb > GOAL.kb) {
    // Deterministic, unlike time: a bundle over budget has gained a dependency or lost tree-shaking.
    failed = true
    console.error(`✗ ${name}: index.js is ${kb.toFixed(0)} KB, over the ${GOAL.kb} KB budget. Largest inputs:`)
    for (const [path, kbIn] of largestInputs(result.metafile)) console.error(`    ${kbIn.toFixed(1).padStart(7)} KB  ${path}`)
    console.error(`  (zod imported as \`import { z } from 'zod'\` cannot be tree-shaken: use \`import * as z from 'zod'\`;` +
      ` a big library used by a few actions belongs in LAZY.)`)
  }
  const pkg = JSON.parse(readFileSync(join(root, name, 'package.json'), 'utf8'))
  if (!pkg.dependencies?.['wx-server-sdk']) {
    failed = true
    console.error(`✗ ${name}: package.json must list wx-server-sdk`)
  }
  built.push({ name, dir, outfile, kb, modules: inputs.length, lazy, leaked: leaked.length > 0 })
}

/**
 * Milliseconds to require wx-server-sdk, then the bundle (wall and CPU: on a busy machine the CPU
 * time is the steadier figure), then, if given, a lazy file — in a fresh node.
 */
function coldRequire(outfile, lazyFile) {
  const probe = `
    const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6
    let t = process.hrtime.bigint(); require('wx-server-sdk'); const sdk = ms(t)
    const cpu0 = process.cpuUsage()
    t = process.hrtime.bigint(); require(${JSON.stringify(outfile)}); const bundle = ms(t)
    const { user, system } = process.cpuUsage(cpu0); const cpu = (user + system) / 1000
    let lazy = null
    if (${JSON.stringify(lazyFile)}) { t = process.hrtime.bigint(); require(${JSON.stringify(lazyFile)}); lazy = ms(t) }
    process.stdout.write(JSON.stringify({ sdk, bundle, cpu, lazy }))`
  const run = spawnSync(process.execPath, ['-e', probe], { cwd: repo, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`requiring ${outfile} failed:\n${run.stderr}`)
  return JSON.parse(run.stdout)
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const timing = !opts['no-timing'] && !failed
const runs = Math.max(1, Number(opts.runs) || 3)
const samples = new Map(built.map((b) => [b.name, []]))
if (timing) {
  // Interleaved, so a burst of load on a shared machine spreads over all bundles alike.
  for (let i = 0; i < runs; i++) {
    for (const b of built) samples.get(b.name).push(coldRequire(b.outfile, b.lazy.length ? join(b.dir, b.lazy[0]) : null))
  }
}

const pad = (value, width) => String(value).padStart(width)
console.log('')
console.log(`  function     ${pad('index.js KB', 11)} ${pad('modules', 7)}${timing ? ` ${pad('sdk ms', 7)} ${pad('bundle ms', 9)} ${pad('cpu ms', 6)}` : ''}  lazy files`)
for (const b of built) {
  const s = samples.get(b.name)
  const bundleMs = timing ? median(s.map((x) => x.bundle)) : null
  const mark = b.leaked || b.kb > GOAL.kb ? '✗' : bundleMs !== null && bundleMs > GOAL.ms ? '!' : '✓'
  const times = timing ? ` ${pad(median(s.map((x) => x.sdk)).toFixed(0), 7)} ${pad(bundleMs.toFixed(1), 9)} ${pad(median(s.map((x) => x.cpu)).toFixed(1), 6)}` : ''
  const lazy = b.lazy.map((file) => {
    const kb = (statSync(join(b.dir, file)).size / 1024).toFixed(0)
    return timing ? `${file} ${kb} KB, +${median(s.map((x) => x.lazy)).toFixed(0)} ms on first use` : `${file} ${kb} KB`
  })
  console.log(`${mark} ${b.name.padEnd(12)} ${pad(b.kb.toFixed(1), 11)} ${pad(b.modules, 7)}${times}  ${lazy.join(', ') || '—'}`)
}
if (timing) {
  const sdkAll = built.flatMap((b) => samples.get(b.name).map((x) => x.sdk))
  console.log(
    `\nsdk ms: require('wx-server-sdk') alone; bundle ms: require of index.js after it, wall and CPU (median of ${runs} fresh` +
      ` node processes each, node ${process.version}, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs).` +
      ` wx-server-sdk overall median ${median(sdkAll).toFixed(0)} ms.`,
  )
}
console.log(`Goal per bundle: ≤ ${GOAL.kb} KB and ≤ ${GOAL.ms} ms beyond wx-server-sdk (✗ fails the build; ! = slower than the goal here, reported only).`)
if (failed) process.exit(1)
