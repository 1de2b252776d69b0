// `npm start`: builds the H5 version of the mini program, then serves it with the local gateway
// (cloud functions over HTTP, their timer triggers, the seeded SQLite database in ./.data).
// Options: --skip-build (reuse dist/h5). Settings come from the environment: see README.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const bin = (name) => join(root, 'node_modules', '.bin', name)
const skipBuild = process.argv.includes('--skip-build')

if (!existsSync(bin('taro'))) {
  console.error('依赖尚未安装：请先运行 npm install  (dependencies missing: run npm install first)')
  process.exit(1)
}
if (!skipBuild || !existsSync(join(root, 'dist', 'h5', 'index.html'))) {
  console.log('Building the H5 app (about 20 s)…')
  const build = spawnSync(bin('taro'), ['build', '--type', 'h5'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
const gateway = spawn(bin('tsx'), [join(root, 'server', 'gateway', 'main.ts')], { cwd: root, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => gateway.kill(signal))
gateway.on('exit', (code) => process.exit(code ?? 0))
