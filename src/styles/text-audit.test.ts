import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { compile } from 'sass'
import { contrastRatio, textProblems } from './text-audit'

const SRC = join(__dirname, '..')

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return stylesheets(path)
    return entry.name.endsWith('.scss') && !entry.name.startsWith('_') ? [path] : []
  })
}

describe('contrastRatio', () => {
  test('matches WCAG figures', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 1)
    expect(contrastRatio('#8a94a6', '#ffffff')).toBeCloseTo(3.06, 2) // the old muted grey
    expect(contrastRatio('rgba(0, 0, 0, 0)', '#ffffff')).toBeCloseTo(1, 5)
  })
})

describe('textProblems', () => {
  test('refuses small, unscaled and faint text', () => {
    const css = [
      '.small { font-size: calc(24px * var(--font-scale, 1)); }',
      '.fixed { font-size: 30px; }',
      '.grey { color: #8a94a6; }',
      '.tag { background: #e6f6ec; color: #12a150; }',
      '.hero { background: linear-gradient(135deg, #1f5eff, #5a95ff); color: #ffffff; }',
      '.chip { /* text-on: #5a95ff */ color: #fff; }',
    ].join('\n')
    const { problems } = textProblems(css)
    expect(problems.map((p) => p.selector)).toEqual(['.small', '.fixed', '.grey', '.grey', '.tag', '.hero', '.chip'])
  })

  test('accepts scaled body text, dark colours, glyph and graphic opt-outs', () => {
    const css = [
      '.body { font-size: calc(30px * var(--font-scale, 1)); color: #1d2433; }',
      '.glyph { /* text-scale: fixed glyph */ font-size: 48px; }',
      '.btn { background: #1f5eff; color: #ffffff; }',
      '.star { /* non-text */ color: #7a8496; }',
      '.x { color: inherit; }',
    ].join('\n')
    expect(textProblems(css)).toEqual({ problems: [], checked: 5 })
  })
})

test('every stylesheet in src keeps text at ≥ 15 px on the WeChat font scale and ≥ 4.5:1', () => {
  const files = stylesheets(SRC)
  expect(files.length).toBeGreaterThan(10)
  let checked = 0
  const problems: string[] = []
  for (const file of files) {
    const result = textProblems(compile(file).css)
    checked += result.checked
    problems.push(...result.problems.map((p) => `${relative(SRC, file)} ${p.selector}: ${p.problem}`))
  }
  expect(problems).toEqual([])
  // Guards against a parser that silently checks nothing.
  expect(checked).toBeGreaterThan(250)
})
