import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compileWxml, compileWxss } from './weapp-compilers'

// The check must be able to fail: WeChat's compilers run on small builds made here.
let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'weapp-check-'))
  mkdirSync(join(root, 'pages', 'a'), { recursive: true })
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

test('wcsc accepts plain WXSS with imports and refuses a universal selector in an imported file', () => {
  writeFileSync(join(root, 'pages', 'shared.wxss'), '.x:last-child { margin: 0 }')
  writeFileSync(join(root, 'pages', 'a', 'index.wxss'), '@import "../shared.wxss";\n.a { color: red }')
  expect(compileWxss(root).problems).toEqual([])

  writeFileSync(join(root, 'pages', 'shared.wxss'), '.bar > * { flex: 1 }')
  const { files, problems } = compileWxss(root)
  expect(files).toBe(2)
  expect(problems.map((p) => p.file)).toEqual(['pages/a/index.wxss', 'pages/shared.wxss'])
  expect(problems[0].message).toContain('error at token `*`')
})

test('wcsc refuses a bare pseudo-class', () => {
  writeFileSync(join(root, 'pages', 'a', 'index.wxss'), '.row > :first-child { flex: 1 }')
  expect(compileWxss(root).problems[0].message).toContain('error at token `:`')
})

test('wcc accepts well-formed WXML and refuses an unclosed tag', () => {
  writeFileSync(join(root, 'pages', 'a', 'index.wxml'), '<view wx:if="{{ok}}">{{text}}</view>')
  expect(compileWxml(root)).toEqual({ files: 1, problems: [] })
  writeFileSync(join(root, 'pages', 'a', 'index.wxml'), '<view><text>x</view>')
  expect(compileWxml(root).problems.length).toBeGreaterThan(0)
})
