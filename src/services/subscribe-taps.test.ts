import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import developmentTemplates from '../../server/modules/messaging/development-templates.json'
import { TEMPLATE_KEYS, type SubscribeTemplate } from '../../types/messaging/schemas'
import { enqueuedTemplateKeys, findTapCallSites } from '../../tests/support/subscribe-tap-source-check'
import { SUBSCRIBE_TAPS, type SubscribeTap } from './subscribe-taps'
import { templateIdsFor } from './subscribe-templates'

const ROOT = join(__dirname, '..', '..')

function sourceFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path, pattern)
    return pattern.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

const configured = developmentTemplates.templates as Record<string, { kind: string }>
const tapEntries = Object.entries(SUBSCRIBE_TAPS) as [SubscribeTap, readonly string[]][]

describe('every template the server can send is asked for in a tap', () => {
  const sendable = new Set<string>([
    ...TEMPLATE_KEYS,
    ...Object.keys(configured),
    ...sourceFiles(join(ROOT, 'server'), /\.ts$/).flatMap((file) => enqueuedTemplateKeys(readFileSync(file, 'utf8'))),
  ])

  it.each([...sendable])('%s has a tap that requests it', (key) => {
    const taps = tapEntries.filter(([, keys]) => keys.includes(key)).map(([tap]) => tap)
    // Add the template to SUBSCRIBE_TAPS (src/services/subscribe-taps.ts) and call
    // askToSubscribe('<tap>') first in the handler of the tap where the user wants to hear back.
    expect(taps).not.toHaveLength(0)
  })

  it.each(tapEntries)('tap %s asks for at most 3 templates of one kind', (_tap, keys) => {
    expect(keys.length).toBeGreaterThanOrEqual(1)
    expect(keys.length).toBeLessThanOrEqual(3)
    const kinds = new Set(keys.map((key) => configured[key]?.kind))
    expect(kinds.size).toBe(1)
  })
})

describe('each tap opens the popup as the first statement of its handler', () => {
  const files = sourceFiles(join(ROOT, 'src'), /\.tsx?$/)
  const sites = files.flatMap((file) => findTapCallSites(relative(ROOT, file), readFileSync(file, 'utf8')))

  it.each(tapEntries.map(([tap]) => tap))('%s is called from a tap handler', (tap) => {
    expect(sites.filter((site) => site.tap === tap).length).toBeGreaterThanOrEqual(1)
  })

  it('no call site breaks the rule or names an unknown tap', () => {
    const broken = sites.filter((site) => site.problems.length > 0 || !(site.tap in SUBSCRIBE_TAPS))
    expect(broken).toEqual([])
  })

  it('nothing outside the subscribe service opens the popup itself', () => {
    const direct = files
      .filter((file) => !/src\/services\/(request-subscribe|subscribe-taps)/.test(file))
      .filter((file) => /requestSubscribeMessage|from '[./]*(services\/)?request-subscribe'/.test(readFileSync(file, 'utf8')))
    expect(direct.map((file) => relative(ROOT, file))).toEqual([])
  })
})

describe('the source check itself', () => {
  const wrap = (handlerBody: string) => `
    export function Page() {
      const submit = async () => {${handlerBody}}
      return <Button onClick={() => void submit()}>提交</Button>
    }`

  it('accepts the prompt as the first statement of a tap handler', () => {
    const [site] = findTapCallSites('ok.tsx', wrap(`void askToSubscribe('reportSubmit'); if (busy) return; await send()`))
    expect(site).toEqual({ file: 'ok.tsx', tap: 'reportSubmit', handler: 'submit', problems: [] })
  })

  it('rejects a prompt after another statement (an await would lose the popup)', () => {
    const [site] = findTapCallSites('late.tsx', wrap(`await save(); void askToSubscribe('reportSubmit')`))
    expect(site.problems).toEqual(['not the first statement of submit'])
  })

  it('rejects a prompt nested in a callback of the handler', () => {
    const [site] = findTapCallSites('nested.tsx', wrap(`save().then(() => askToSubscribe('reportSubmit'))`))
    expect(site.problems.length).toBeGreaterThan(0)
  })

  it('rejects a prompt in a function no tap calls', () => {
    const text = `const later = () => { void askToSubscribe('reportSubmit') }\nexport const x = <View onClick={other} />`
    const [site] = findTapCallSites('orphan.tsx', text)
    expect(site.problems).toEqual(['later is not used by any onClick/onTap'])
  })

  it('reads enqueued template keys from producer code', () => {
    expect(enqueuedTemplateKeys(`enqueueNotification(store, { templateKey: 'booking_confirmed', payload })`)).toEqual(['booking_confirmed'])
  })
})

describe('templateIdsFor', () => {
  const template = (key: SubscribeTemplate['key'], kind: SubscribeTemplate['kind'], templateId: string): SubscribeTemplate => ({
    key,
    kind,
    templateId,
    title: key,
  })

  it('never mixes one-time and long-term ids in one popup', () => {
    const templates = [template('alert_published', 'long_term', 'LONG-alert-0001'), template('report_status_changed', 'one_time', 'ONE-report-0001')]
    expect(templateIdsFor(templates, ['report_status_changed', 'alert_published'])).toEqual(['ONE-report-0001'])
  })

  it('asks nothing for templates that are not configured', () => {
    expect(templateIdsFor([], ['report_status_changed'])).toEqual([])
  })
})
