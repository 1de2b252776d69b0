import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

/**
 * The layering rules, read from the import statements of server/: core imports no module, and
 * modules import each other without cycles (lower modules expose hooks that server/functions
 * connects; a module never imports one that reacts to it).
 */
const SERVER = resolve(__dirname, '..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !path.includes(`${join('', 'testing')}`) ? [path] : []
  })
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*from\s+'(\.[^']+)'/gm)].map((m) => resolve(dirname(file), m[1] ?? ''))
}

/** `modules/<name>` of a path inside server/, or null. */
function moduleOf(path: string): string | null {
  const parts = relative(SERVER, path).split(/[\\/]/)
  return parts[0] === 'modules' ? (parts[1] ?? null) : null
}

const files = sourceFiles(SERVER)


it('core imports no module', () => {
  const offending = files
    .filter((f) => relative(SERVER, f).startsWith('core'))
    .flatMap((f) => importsOf(f).filter((target) => moduleOf(target) !== null).map((target) => `${relative(SERVER, f)} → ${relative(SERVER, target)}`))
  expect(offending).toEqual([])
})

it('modules import each other without cycles', () => {
  const edges = new Map<string, Set<string>>()
  for (const file of files) {
    const from = moduleOf(file)
    if (!from) continue
    for (const target of importsOf(file)) {
      const to = moduleOf(target)
      if (to && to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to))
    }
  }
  const cycles: string[] = []
  const walk = (node: string, path: string[]) => {
    for (const next of edges.get(node) ?? []) {
      if (next === path[0]) cycles.push([...path, next].join(' → '))
      else if (!path.includes(next)) walk(next, [...path, next])
    }
  }
  for (const node of edges.keys()) walk(node, [node])
  expect(cycles).toEqual([])
  expect(edges.size).toBeGreaterThan(3) // the scan saw the modules
})
