import { createSqliteDocumentStore, type SqliteDocumentStore } from '../../../adapters/sqlite/sqlite-document-store'
import type { Caller } from '../../../core/caller'
import { allCollections } from '../../../functions/all-functions'
import { seedAgencies } from '../../../seed/seed-agencies'
import { REVISIONS, type RevisionRecord } from '../../revisions/records'
import { agencyRepository } from '../agency-repository'
import { parseCsv } from '../csv/parse-csv'
import { AGENCIES, type AgencyRecord } from '../records'
import { applyAgencyImport } from './apply-agency-import'
import { planAgencyImport } from './plan-agency-import'

const NOW = new Date('2026-11-25T02:00:00.000Z')
const LATER = new Date('2026-11-25T02:05:00.000Z')
const STAFF: Caller = { userId: 'u_staff', openid: 'o_staff', roles: ['staff'] }

const FILE = [
  '机构名称,机构性质,负责人,地址,所在县（市、区）,批次,联系电话',
  '许昌宗诚知识产权代理有限公司,普通合伙,高丽勤,许昌市东城区魏文路莲城大厦2006室,东城区,第一批,0374-1111111',
  '许昌新设商标代理有限公司,有限责任公司,刘某,许昌市魏都区示例路1号,魏都区,第二批,',
].join('\r\n')

describe('applyAgencyImport', () => {
  let store: SqliteDocumentStore
  beforeEach(async () => {
    store = createSqliteDocumentStore({ file: ':memory:', collections: allCollections() })
    await seedAgencies(store, NOW)
  })
  afterEach(() => store.close())

  it('writes every row and one import revision per changed agency', async () => {
    const plan = planAgencyImport(parseCsv(FILE), await agencyRepository(store).listAll())
    const created = await applyAgencyImport(store, plan, [18], STAFF, LATER)
    const newId = created.get(3) ?? ''
    expect(await store.collection<AgencyRecord>(AGENCIES).getById(newId)).toMatchObject({ seq: 18, revision: 1, createdAt: LATER.toISOString(), createdBy: 'u_staff' })
    expect(await store.collection<AgencyRecord>(AGENCIES).getById('agency_b1_01')).toMatchObject({ revision: 2, phone: '0374-1111111', updatedBy: 'u_staff' })
    const revisions = await store.collection<RevisionRecord>(REVISIONS).find({}, { orderBy: [['_id', 'asc']] })
    expect(revisions.map((r) => [r._id, r.action, r.at])).toEqual(
      [
        ['agency_b1_01__r2', 'import', LATER.toISOString()],
        [`${newId}__r1`, 'import', LATER.toISOString()],
      ].sort(([a], [b]) => (a < b ? -1 : 1)),
    )
  })

  it('writes nothing at all when an agency changed between preview and import', async () => {
    const plan = planAgencyImport(parseCsv(FILE), await agencyRepository(store).listAll())
    // Someone saves agency 1 after the plan was made.
    await store.collection<AgencyRecord>(AGENCIES).updateOne('agency_b1_01', { $set: { intro: '他人的修改' }, $inc: { revision: 1 } })
    await expect(applyAgencyImport(store, plan, [18], STAFF, LATER)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '第 2 行的「许昌宗诚知识产权代理有限公司」在预览后被他人修改，未导入任何数据；请重新预览后再导入',
    })
    expect(await store.collection(AGENCIES).count({})).toBe(17)
    expect(await store.collection(REVISIONS).count({})).toBe(0)
    expect(await store.collection<AgencyRecord>(AGENCIES).getById('agency_b1_01')).toMatchObject({ revision: 2, intro: '他人的修改', phone: null })
  })
})
