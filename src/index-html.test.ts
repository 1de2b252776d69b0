import { readFileSync } from 'node:fs'
import { join } from 'node:path'

// 适老化: people who need larger text pinch to zoom on H5; the viewport must not forbid it.
test('the H5 page allows zoom', () => {
  const html = readFileSync(join(__dirname, 'index.html'), 'utf8')
  const viewport = /<meta[^>]*name="viewport"[^>]*>|<meta[^>]*content="[^"]*"[^>]*name="viewport"[^>]*>/.exec(html)?.[0] ?? ''
  expect(viewport).toContain('width=device-width')
  expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)/)
  expect(viewport).not.toMatch(/maximum-scale\s*=\s*1(\.0)?\b/)
})
