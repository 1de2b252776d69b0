import { agencyFieldsSchema } from '../../types/directory/schemas'
import { expertFieldsSchema } from '../../types/experts/schemas'
import { reportInputSchema } from '../../types/reports/schemas'
import { getAgency } from '../../types/directory/contracts'
import { getMyProfile, setUserRole } from '../../types/users/contracts'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { AppError } from '../core/app-error'
import type { Caller } from '../core/caller'
import type { DocumentStore } from '../ports/document-store'
import { yieldingStore } from '../ports/testing/yielding-store'
import { createAgency } from '../modules/directory/create-agency'
import { setAgencyCaseHandler } from '../modules/directory/set-agency-case-handler'
import { upsertExpert } from '../modules/experts/upsert-expert'
import { recordSubscribeResults } from '../modules/messaging/quota-ledger'
import { listQuotas } from '../modules/messaging/quota-ledger'
import { submitReport } from '../modules/reports/submit-report'
import { ADMIN, LIAISON, STAFF, reportInput } from '../modules/reports/testing/reports-fixture'

// Services driven directly, concurrently, over the gateway's store wrapped so that every operation
// yields to the event loop like a CloudBase round trip: a check read and a later write then race.
let h: GatewayHarness
let store: DocumentStore
const NOW = new Date('2026-11-25T02:00:00.000Z')
beforeEach(async () => {
  h = await startHarness({ now: NOW.toISOString() })
  store = yieldingStore(h.runtime.store)
})
afterEach(() => h.close())

const callerOf = (openid: string): Promise<Caller> => h.runtime.callers.resolve(openid)

async function userWithRole(openid: string, role: 'agency' | 'expert'): Promise<string> {
  const { userId } = await h.ok(getMyProfile, {}, openid)
  await h.ok(setUserRole, { userId, role, granted: true }, ADMIN)
  return userId
}

/** 'ok' or the AppError code of each call, sorted. */
async function outcomes(calls: readonly Promise<unknown>[]): Promise<string[]> {
  const settled = await Promise.allSettled(calls)
  return settled
    .map((r) => {
      if (r.status === 'fulfilled') return 'ok'
      if (r.reason instanceof AppError) return r.reason.code
      throw r.reason
    })
    .sort()
}

const expertFields = (userId: string, name: string, maxOpenCases = 5) =>
  expertFieldsSchema.parse({
    name,
    title: '律师',
    affiliation: '测试律师事务所',
    ipTypes: ['trademark'],
    serviceTypes: ['dispute_response'],
    countries: ['US'],
    languages: ['zh'],
    yearsOverseasExperience: 5,
    photoFileId: null,
    intro: null,
    userId,
    maxOpenCases,
  })

describe('claims that hold under concurrent calls', () => {
  it('links one account to one agency, however many agencies claim it at once', async () => {
    const userId = await userWithRole('openid-claim-agency', 'agency')
    const staff = await callerOf(STAFF)
    const ids = ['agency_b1_02', 'agency_b1_03', 'agency_b1_05', 'agency_b1_06']
    const agencies = await Promise.all(ids.map((agencyId) => h.ok(getAgency, { agencyId }, STAFF)))
    const link = (a: (typeof agencies)[number], user: string | null) =>
      setAgencyCaseHandler(store, staff, { agencyId: a.agencyId, expectedRevision: a.revision, userId: user }, NOW)
    const calls = agencies.map((a) => link(a, userId))
    expect(await outcomes(calls)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'ok'])
    const winner = (await Promise.allSettled(calls)).findIndex((r) => r.status === 'fulfilled')
    const owner = await h.ok(getAgency, { agencyId: ids[winner] ?? '' }, STAFF)
    const other = await h.ok(getAgency, { agencyId: ids[(winner + 1) % ids.length] ?? '' }, STAFF)
    // Still held: a later, single attempt is refused too; unlinking frees the account.
    expect(await outcomes([link(other, userId)])).toEqual(['CONFLICT'])
    await link(owner, null)
    expect(await outcomes([link(other, userId)])).toEqual(['ok'])
  })

  it('links one account to one expert profile when profiles are created at once', async () => {
    const userId = await userWithRole('openid-claim-expert', 'expert')
    const staff = await callerOf(STAFF)
    const calls = Array.from({ length: 4 }, (_, i) => upsertExpert(store, staff, null, expertFields(userId, `并发专家${i}`), NOW))
    expect(await outcomes(calls)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'ok'])
  })

  it('gives concurrently created agencies distinct list numbers', async () => {
    const staff = await callerOf(STAFF)
    const fields = (i: number) =>
      agencyFieldsSchema.parse({ name: `许昌并发知识产权服务${i}有限公司`, legalForm: '有限责任公司', personInCharge: '周某', address: '许昌市魏都区示例路 8 号', district: '魏都区', batch: '第二批', sourceDocument: null, services: ['early_warning'], ipTypes: ['patent'], countries: ['DE'], phone: null, intro: null, location: null })
    const created = await Promise.all(Array.from({ length: 6 }, (_, i) => createAgency(store, staff, fields(i), NOW)))
    expect(created.map((a) => a.seq).sort((a, b) => a - b)).toEqual([18, 19, 20, 21, 22, 23])
  })

  it('never assigns an expert more open cases than the cap, with reports submitted at once', async () => {
    // The only match for this service, IP type and country: a new expert with a cap of 2.
    const userId = await userWithRole('openid-claim-capped', 'expert')
    const capped = await upsertExpert(store, await callerOf(STAFF), null, { ...expertFields(userId, '限额专家', 2), countries: ['KE'], ipTypes: ['copyright'] }, NOW)
    const liaison = await callerOf(LIAISON)
    const submitted = await Promise.all(Array.from({ length: 6 }, () => submitReport(store, liaison, reportInputSchema.parse(reportInput({ countries: ['KE'], ipType: 'copyright' })), NOW)))
    expect(submitted.filter((r) => r.assignee?.id === capped._id)).toHaveLength(2)
    expect(submitted.filter((r) => r.status === 'unassigned')).toHaveLength(4)
  })

  it('records a subscribe answer once when its first calls arrive together', async () => {
    const { templates } = h.runtime
    const alert = templates.templates.alert_published?.templateId ?? ''
    const calls = Array.from({ length: 5 }, () => recordSubscribeResults(store, templates, 'u_claims', 'req-together', { [alert]: 'accept' }, NOW))
    expect((await Promise.all(calls)).filter((r) => r.recorded)).toHaveLength(1)
    expect((await listQuotas(store, templates, 'u_claims')).find((q) => q.key === 'alert_published')?.remaining).toBe(1)
  })
})
