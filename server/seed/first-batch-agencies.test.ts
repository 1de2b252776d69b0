import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIRST_BATCH_AGENCIES } from './first-batch-agencies'

// The policy document lives beside the repository (../shared) on developer machines and in CI;
// the product itself never reads it.
const POLICY = join(__dirname, '..', '..', '..', 'shared', 'seed', '000_80dcba9486ce2b84.txt')

describe('first batch of designated agencies', () => {
  it('has the 17 agencies of the annex, numbered 1 to 17, with distinct names', () => {
    expect(FIRST_BATCH_AGENCIES).toHaveLength(17)
    expect(FIRST_BATCH_AGENCIES.map((a) => a.seq)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1))
    expect(new Set(FIRST_BATCH_AGENCIES.map((a) => a.name)).size).toBe(17)
    expect(FIRST_BATCH_AGENCIES[0]).toMatchObject({ name: '许昌宗诚知识产权代理有限公司', personInCharge: '高丽勤' })
    expect(FIRST_BATCH_AGENCIES[16]).toMatchObject({ name: '河南姜老师商标代理有限公司', address: '禹州市浅井镇陈桐村6组' })
  })

  const annexTest = existsSync(POLICY) ? it : it.skip
  annexTest('matches every published row of the annex exactly (name, legal form, person in charge, address)', () => {
    const rows = readFileSync(POLICY, 'utf8')
      .split(/\r?\n/)
      .map((line) => /^(\d{1,2})\t([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ seq: Number(m[1]), name: m[2], legalForm: m[3], personInCharge: m[4], address: m[5] }))
    expect(rows).toHaveLength(17)
    expect(FIRST_BATCH_AGENCIES.map(({ district: _district, ...published }) => published)).toEqual(rows)
  })
})
