import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { compile } from 'sass'
import { refusedSelectors } from './wxss-selectors'

const SRC = join(__dirname, '..')

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return stylesheets(path)
    return entry.name.endsWith('.scss') && !entry.name.startsWith('_') ? [path] : []
  })
}

describe('refusedSelectors', () => {
  test('finds the selectors wcsc refuses', () => {
    const css = '.a > * { flex: 1 } * { margin: 0 } .b > :first-child { flex: 1 } :hover { color: red } .c ::after { content: "" }'
    expect(refusedSelectors(css)).toEqual(['.a > *', '*', '.b > :first-child', ':hover', '.c ::after'])
  })

  test('accepts pseudo-classes on a compound selector, attribute values and keyframes', () => {
    const css = '.a:last-child, .b::after, .c:not(.d) { x: 1 } [data-x="*"] { x: 1 } .e > .f:first-child { x: 1 } @keyframes k { 0% { x: 1 } to { x: 2 } }'
    expect(refusedSelectors(css)).toEqual([])
  })
})

test('no stylesheet in src uses a selector WXSS refuses', () => {
  const files = stylesheets(SRC)
  expect(files.length).toBeGreaterThan(10)
  const offending = files.flatMap((file) =>
    refusedSelectors(compile(file, { loadPaths: [join(SRC, 'styles')] }).css).map((selector) => `${relative(SRC, file)}: ${selector}`),
  )
  expect(offending).toEqual([])
})
