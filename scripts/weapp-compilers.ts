import { spawnSync } from 'node:child_process'
import { accessSync, chmodSync, constants, existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, posix, relative, sep } from 'node:path'

/**
 * WeChat's own compilers, as DevTools runs them: `wcsc` for WXSS and `wcc` for WXML, shipped for
 * Linux by the npm package miniprogram-compiler. What Chromium accepts (a `*` selector, a bare
 * `:first-child`) these refuse, and DevTools then refuses the whole build.
 */
const BIN_DIR = join(__dirname, '..', 'node_modules', 'miniprogram-compiler', 'bin', 'linux')

export interface CompileProblem {
  file: string
  message: string
}

function compiler(name: 'wcc' | 'wcsc'): string {
  const path = join(BIN_DIR, name)
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm install (miniprogram-compiler is a devDependency)`)
  // npm unpacks the binaries without their run bit.
  try {
    accessSync(path, constants.X_OK)
  } catch {
    chmodSync(path, 0o755)
  }
  return path
}

function listFiles(root: string, extension: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path)
      return entry.name.endsWith(extension) ? [relative(root, path).split(sep).join('/')] : []
    })
  return walk(root).sort()
}

const IMPORT = /@import\s+["']([^"']+)["']/g

/** The file and every file it imports, transitively, as paths from the build root. */
function withImports(root: string, file: string): string[] {
  const seen = new Set<string>()
  const visit = (path: string) => {
    if (seen.has(path) || !existsSync(join(root, path))) return
    seen.add(path)
    for (const match of readFileSync(join(root, path), 'utf8').matchAll(IMPORT)) {
      const target = match[1].startsWith('/') ? match[1].slice(1) : posix.join(posix.dirname(path), match[1])
      visit(posix.normalize(target))
    }
  }
  visit(file)
  return [...seen]
}

/** Compiles each WXSS file of a build (with the files it imports); returns every refusal. */
export function compileWxss(root: string): { files: number; problems: CompileProblem[] } {
  const wcsc = compiler('wcsc')
  const files = listFiles(root, '.wxss')
  const problems: CompileProblem[] = []
  for (const file of files) {
    const result = spawnSync(wcsc, ['-js', ...withImports(root, file)], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 })
    const errors = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => line.startsWith('ERR'))
    if (result.status !== 0 || errors.length > 0) {
      problems.push({ file, message: errors.join('\n') || `wcsc exited with ${result.status}` })
    }
  }
  return { files: files.length, problems }
}

/**
 * Compiles all WXML files of a build in one wcc run (templates import each other, and `.wxs`
 * modules must be in the list); on a refusal, names each file wcc complains about.
 */
export function compileWxml(root: string): { files: number; problems: CompileProblem[] } {
  const wcc = compiler('wcc')
  const files = listFiles(root, '.wxml')
  const result = spawnSync(wcc, ['-d', ...files, ...listFiles(root, '.wxs')], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 })
  if (result.status === 0) return { files: files.length, problems: [] }
  const lines = `${result.stderr}\n${result.stdout}`.split('\n').filter((line) => /\.wxml?:\d+/.test(line) || /error/i.test(line))
  const problems = lines.length > 0
    ? lines.map((line) => ({ file: line.split(':')[0], message: line }))
    : [{ file: '(all)', message: `wcc exited with ${result.status}` }]
  return { files: files.length, problems }
}

export function buildRoot(): string {
  return join(dirname(__dirname), 'dist', 'weapp')
}
