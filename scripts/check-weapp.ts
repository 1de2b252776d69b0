// `npm run check:weapp`: builds the mini program and compiles every built WXSS and WXML file with
// WeChat's own compilers (wcsc, wcc), failing on any refusal. `--skip-build` checks dist/weapp as is.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { buildRoot, compileWxml, compileWxss } from './weapp-compilers'

const root = buildRoot()
if (!process.argv.includes('--skip-build')) {
  const taro = join(__dirname, '..', 'node_modules', '.bin', 'taro')
  const build = spawnSync(taro, ['build', '--type', 'weapp'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
if (!existsSync(join(root, 'app.json'))) {
  console.error('No dist/weapp/app.json: the weapp build is missing.')
  process.exit(1)
}

const wxss = compileWxss(root)
const wxml = compileWxml(root)
for (const problem of [...wxss.problems, ...wxml.problems]) console.error(`✗ ${problem.file}\n  ${problem.message.replace(/\n/g, '\n  ')}`)
const errors = wxss.problems.length + wxml.problems.length
console.log(`check:weapp: wcsc ${wxss.files} WXSS files (${wxss.problems.length} refused), wcc ${wxml.files} WXML files (${wxml.problems.length} refused)`)
process.exit(errors > 0 ? 1 : 0)
