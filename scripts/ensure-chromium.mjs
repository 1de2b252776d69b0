// Runs before `npm test`: the end-to-end tests drive Debian's Chromium (never a downloaded
// browser) and need a CJK font for Chinese text. Installs both with apt-get when we are root
// and they are missing; otherwise says exactly what to install.
import { execSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const hasFont = () => {
  try {
    return /WenQuanYi|wqy/i.test(execSync('fc-list', { encoding: 'utf8' }))
  } catch {
    return false
  }
}

if (existsSync(chromium) && hasFont()) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
if (isRoot && hasApt) {
  console.log('Installing Chromium and a CJK font for the browser tests (apt-get, about 30 s)…')
  const run = (cmd) => spawnSync('sh', ['-c', cmd], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  if (run('apt-get update -qq').status === 0 && run('apt-get install -y -qq chromium fonts-wqy-microhei').status === 0 && existsSync(chromium)) {
    process.exit(0)
  }
}
console.error(
  [
    `The end-to-end tests need Chromium at ${chromium} and the fonts-wqy-microhei font.`,
    'Install them with:  sudo apt-get update && sudo apt-get install -y chromium fonts-wqy-microhei',
    'or point CHROMIUM_PATH at an existing Chromium binary.',
  ].join('\n'),
)
process.exit(1)
