import { build } from 'esbuild'
import { runInNewContext } from 'node:vm'
import { textScaleFrom, textScaleStyle } from './font-scale-factor'

describe('textScaleFrom (WeChat font size → --font-scale)', () => {
  test('follows fontSizeScaleFactor, clamped to 1–2', () => {
    expect(textScaleFrom({ fontSizeScaleFactor: 1 })).toBe(1)
    expect(textScaleFrom({ fontSizeScaleFactor: 1.4 })).toBe(1.4)
    expect(textScaleFrom({ fontSizeScaleFactor: 3.2 })).toBe(2)
    // Smaller than standard would push body text under the 15 px floor.
    expect(textScaleFrom({ fontSizeScaleFactor: 0.85 })).toBe(1)
  })

  test('falls back to fontSizeSetting (older base libraries) against the standard 17 px', () => {
    expect(textScaleFrom({ fontSizeSetting: 17 })).toBe(1)
    expect(textScaleFrom({ fontSizeSetting: 22 })).toBe(1.29)
    expect(textScaleFrom({ fontSizeSetting: 16 })).toBe(1)
  })

  test('no or nonsense information means the standard size', () => {
    expect(textScaleFrom(undefined)).toBe(1)
    expect(textScaleFrom({})).toBe(1)
    expect(textScaleFrom({ fontSizeScaleFactor: Number.NaN, fontSizeSetting: -3 })).toBe(1)
    expect(textScaleStyle(Number.POSITIVE_INFINITY)).toBe('--font-scale: 1')
  })
})

/**
 * The weapp path: Taro's own runtime turns the page tree into setData data; the installed hook must
 * put the scale on every top-level node of a page (what `page` would carry) and nowhere else.
 * Bundled and run in a sandbox because Taro's runtime ships as ES modules for the mini program.
 */
async function hydratePage(withScale: number | null): Promise<string> {
  const entry = `
    import { document, hydrate, hooks } from '@tarojs/runtime'
    import { pageRootStyleHook } from './text-scale'
    export function run(scale) {
      if (scale !== null) hooks.tap('modifyHydrateData', pageRootStyleHook(scale))
      const root = document.createElement('root')
      const page = document.createElement('view')
      page.className = 'page'
      const card = document.createElement('view')
      card.className = 'card'
      page.appendChild(card)
      const hero = document.createElement('view')
      hero.setAttribute('style', 'color: red')
      root.appendChild(page)
      root.appendChild(hero)
      return JSON.stringify([hydrate(page), hydrate(hero)])
    }`
  const result = await build({
    stdin: { contents: entry, resolveDir: __dirname, loader: 'ts' },
    resolveExtensions: ['.ts', '.js', '.mjs'],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'app',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    define: { 'process.env.TARO_ENV': '"weapp"', 'process.env.TARO_PLATFORM': '"mini"', 'process.env.NODE_ENV': '"production"',
      // Taro's build-time feature flags, as the weapp build defines them.
      ENABLE_INNER_HTML: 'true',
      ENABLE_ADJACENT_HTML: 'true',
      ENABLE_SIZE_APIS: 'false',
      ENABLE_TEMPLATE_CONTENT: 'true',
      ENABLE_CLONE_NODE: 'true',
      ENABLE_CONTAINS: 'true',
      ENABLE_MUTATION_OBSERVER: 'false',
    },
    logLevel: 'error',
    plugins: [
      {
        name: 'no-taro-api',
        setup(b) {
          b.onResolve({ filter: /^@tarojs\/taro$/ }, () => ({ path: 'taro', namespace: 'fake' }))
          b.onLoad({ filter: /.*/, namespace: 'fake' }, () => ({ contents: 'export default {}', loader: 'js' }))
        },
      },
    ],
  })
  const sandbox: Record<string, unknown> = { console, process: { env: {} } }
  sandbox.global = sandbox
  sandbox.globalThis = sandbox
  runInNewContext(`${result.outputFiles[0].text}; globalThis.out = app.run(${JSON.stringify(withScale)})`, sandbox)
  return String(sandbox.out)
}

interface Hydrated {
  st?: string
  cn: Hydrated[]
}

test('on weapp every top-level node of a page carries the scale, keeping its own style', async () => {
  const [page, hero] = JSON.parse(await hydratePage(1.5)) as Hydrated[]
  expect(page.st).toBe('--font-scale: 1.5')
  expect(page.cn[0].st).toBeUndefined()
  expect(hero.st).toMatch(/^color: ?red;--font-scale: 1\.5$/)
}, 30_000)

test('without the hook Taro sends no scale (the hook is what applies it)', async () => {
  const [page] = JSON.parse(await hydratePage(null)) as Hydrated[]
  expect(page.st).toBeUndefined()
}, 30_000)
