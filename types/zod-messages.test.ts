import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import * as z from 'zod'
import { useChineseZodMessages } from './zod-locale'

useChineseZodMessages()

/** Every action contract under types/, found on disk so a new one is checked without listing it here. */
function allContracts(): { name: string; input: z.ZodType }[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry)
      if (statSync(path).isDirectory()) walk(path)
      else if (/contracts?\.ts$/.test(entry) && !entry.endsWith('.test.ts')) files.push(path)
    }
  }
  walk(__dirname)
  const contracts: { name: string; input: z.ZodType }[] = []
  for (const file of files) {
    const exports = require(file) as Record<string, unknown>
    for (const value of Object.values(exports)) {
      if (typeof value !== 'object' || value === null || !('input' in value) || !('action' in value)) continue
      const contract = value as { action: string; functionName: string; input: z.ZodType }
      contracts.push({ name: `${contract.functionName}.${contract.action}`, input: contract.input })
    }
  }
  return contracts
}

const BAD_VALUES: unknown[] = [123, -1, 1.5, '', '   ', 'x'.repeat(6000), '%%不是编号%%', [], ['x'.repeat(300)], {}, true, null]

/** Payloads a broken link, an old client or a careless user can send. */
function badPayloads(input: z.ZodType): unknown[] {
  const payloads: unknown[] = [null, 'x', [], 42]
  const shape = input instanceof z.ZodObject ? (input.shape as Record<string, unknown>) : null
  if (shape) {
    payloads.push({})
    for (const bad of BAD_VALUES) payloads.push(Object.fromEntries(Object.keys(shape).map((key) => [key, bad])))
  }
  return payloads
}

// zod's own words and JavaScript type names: a user must never read these.
const ENGLISH = /\b(string|number|boolean|object|array|undefined|null|nan|bigint|expected|received|invalid|input|too|small|big|characters?|must|should)\b/i
const CHINESE = /[\u4e00-\u9fa5]/

describe('every message a user can see from input validation is Chinese', () => {
  const contracts = allContracts()

  it('finds the contracts', () => {
    expect(contracts.length).toBeGreaterThan(50)
  })

  it('no contract answers bad input with English or type names', () => {
    const offenders: string[] = []
    for (const { name, input } of contracts) {
      for (const payload of badPayloads(input)) {
        const result = input.safeParse(payload)
        if (result.success) continue
        for (const issue of result.error.issues) {
          if (!CHINESE.test(issue.message) || ENGLISH.test(issue.message)) offenders.push(`${name} [${issue.path.join('.')}]: ${issue.message}`)
        }
      }
    }
    expect([...new Set(offenders)]).toEqual([])
  })

  it('the report link without an id reads as a task, not as zod', () => {
    const result = z.object({ reportId: z.string().min(1) }).safeParse({ reportId: '' })
    expect(result.success ? '' : result.error.issues[0].message).toBe('至少填写 1 个字')
  })
})
