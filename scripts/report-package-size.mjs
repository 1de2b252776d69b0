// Prints the size of the weapp main package and of each subpackage after `taro build --type weapp`.
// WeChat limits each package to 2 MB: exits 1 above that for the main package, warns above 1 MB
// (the main package is downloaded before the first screen shows, so it should stay small).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const KB = 1024
const MAIN_LIMIT = 2 * KB * KB
const MAIN_WARN = 1 * KB * KB
const SUBPACKAGE_LIMIT = 2 * KB * KB

const distDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'weapp')
const appJsonPath = join(distDir, 'app.json')
if (!existsSync(appJsonPath)) {
  console.error(`No ${relative(process.cwd(), appJsonPath)}: run \`taro build --type weapp\` first.`)
  process.exit(1)
}

// Files the WeChat tools do not upload as part of any package.
const NOT_UPLOADED = [/\.map$/, /^project(\.private)?\.config\.json$/]

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? listFiles(path) : [path]
  })
}

const appJson = JSON.parse(readFileSync(appJsonPath, 'utf8'))
const subpackageRoots = (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => p.root.replace(/\/+$/, ''))

const sizes = new Map([['main', 0], ...subpackageRoots.map((root) => [root, 0])])
for (const file of listFiles(distDir)) {
  const path = relative(distDir, file).split(sep).join('/')
  if (NOT_UPLOADED.some((pattern) => pattern.test(path))) continue
  const owner = subpackageRoots.find((root) => path === root || path.startsWith(`${root}/`)) ?? 'main'
  sizes.set(owner, sizes.get(owner) + statSync(file).size)
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`
let failed = false
console.log('weapp package sizes (dist/weapp):')
for (const [name, bytes] of sizes) {
  const limit = name === 'main' ? MAIN_LIMIT : SUBPACKAGE_LIMIT
  let note = ''
  if (bytes > limit) {
    note = `  ✗ over the ${kb(limit)} limit`
    failed = true
  } else if (name === 'main' && bytes > MAIN_WARN) {
    note = `  ! above ${kb(MAIN_WARN)}: consider moving code into subpackages`
  }
  console.log(`  ${name.padEnd(20)} ${kb(bytes).padStart(10)}${note}`)
}
const total = [...sizes.values()].reduce((sum, bytes) => sum + bytes, 0)
console.log(`  ${'total'.padEnd(20)} ${kb(total).padStart(10)}`)

// A tourist AppID opens the project in DevTools but every wx.cloud call fails with it: say so loudly.
const projectConfig = JSON.parse(readFileSync(join(distDir, '..', '..', 'project.config.json'), 'utf8'))
if (!projectConfig.appid || projectConfig.appid === 'touristappid') {
  console.warn(
    '\n⚠ project.config.json still has appid "touristappid": cloud functions cannot be called with it.\n' +
      '  Put your mini program\'s AppID in project.config.json ("appid") and the cloud environment id in\n' +
      '  .env.production (TARO_APP_CLOUD_ENV), then rebuild (README: WeChat DevTools and CloudBase).',
  )
}
process.exit(failed ? 1 : 0)
