import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, relative } from 'node:path'

const ROOT = join(__dirname, '..', '..')

/**
 * WeChat APIs that handle personal information or device access: the ones in WeChat's
 * 用户隐私保护指引 list, plus those the product rules ask us to declare as well (calls, maps, scans).
 */
const PRIVACY_SCOPED = [
  'chooseMedia', 'chooseImage', 'chooseVideo', 'chooseMessageFile', 'setClipboardData', 'getClipboardData',
  'addPhoneCalendar', 'addPhoneRepeatCalendar', 'addPhoneContact', 'saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum',
  'getLocation', 'getFuzzyLocation', 'startLocationUpdate', 'chooseLocation', 'choosePoi', 'chooseAddress', 'openLocation',
  'makePhoneCall', 'scanCode', 'startRecord', 'getWeRunData', 'chooseInvoiceTitle', 'chooseInvoice', 'chooseLicensePlate',
]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

const files = sourceFiles(join(ROOT, 'src')).map((path) => ({ path, text: readFileSync(path, 'utf8') }))
const callers = files
  .map(({ path, text }) => ({ path, apis: PRIVACY_SCOPED.filter((api) => new RegExp(`Taro\\.${api}\\(`).test(text)) }))
  .filter(({ apis }) => apis.length > 0)

function privacySection(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const start = readme.indexOf('## Privacy')
  if (start < 0) return ''
  const next = readme.indexOf('\n## ', start + 1)
  return readme.slice(start, next < 0 ? undefined : next)
}

describe('privacy-scoped WeChat APIs', () => {
  it('finds the calls it is meant to guard (the scan works)', () => {
    expect(callers.flatMap(({ apis }) => apis)).toEqual(expect.arrayContaining(['chooseMedia', 'chooseMessageFile', 'setClipboardData']))
  })

  it.each(callers.flatMap(({ path, apis }) => apis.map((api) => [api, relative(ROOT, path)])))(
    '%s (in %s) is declared in the README privacy section',
    (api) => {
      expect(privacySection()).toContain(`\`${api}\``)
    },
  )

  it.each(callers.map(({ path }) => [relative(ROOT, path)]))('%s, or the component that renders it, shows the PrivacySheet', (file) => {
    const module = basename(file).replace(/(\.weapp|\.h5)?\.tsx?$/, '')
    const importers = files.filter(({ text }) => new RegExp(`from '[./]*[^']*/${module}'`).test(text)).map(({ path }) => relative(ROOT, path))
    const withSheet = [file, ...importers].filter((candidate) => /<PrivacySheet\b/.test(readFileSync(join(ROOT, candidate), 'utf8')))
    expect(withSheet).not.toEqual([])
  })
})
