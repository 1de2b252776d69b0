import { createSqliteDocumentStore, type SqliteDocumentStore } from '../adapters/sqlite/sqlite-document-store'
import { allCollections } from '../functions/all-functions'
import { AGENCIES, type AgencyRecord } from '../modules/directory/records'
import { seedAgencies } from './seed-agencies'

const FIRST_RUN = new Date('2026-11-25T02:00:00.000Z')
const LATER_RUN = new Date('2026-12-01T00:00:00.000Z')

describe('seedAgencies', () => {
  let store: SqliteDocumentStore
  beforeEach(() => {
    store = createSqliteDocumentStore({ file: ':memory:', collections: allCollections() })
  })
  afterEach(() => store.close())

  it('inserts the 17 published agencies once and never overwrites later edits', async () => {
    expect(await seedAgencies(store, FIRST_RUN)).toBe(17)
    const agencies = store.collection<AgencyRecord>(AGENCIES)
    await agencies.updateOne('agency_b1_03', { $set: { phone: '0374-2223333' }, $inc: { revision: 1 } })
    expect(await seedAgencies(store, LATER_RUN)).toBe(0)
    expect(await agencies.getById('agency_b1_03')).toMatchObject({ phone: '0374-2223333', revision: 2, createdAt: FIRST_RUN.toISOString() })
    expect(await agencies.getById('agency_b1_01')).toMatchObject({
      revision: 1,
      status: 'active',
      statusReason: null,
      searchText: '许昌宗诚知识产权代理有限公司\n高丽勤\n东城区\n',
    })
  })

  it('adds revision and search text to records seeded by the first version, keeping their edits', async () => {
    const agencies = store.collection<AgencyRecord>(AGENCIES)
    // The shape the first version stored: no revision, status reason, actors or search text.
    await agencies.insert({
      _id: 'agency_b1_05',
      seq: 5,
      batch: '第一批',
      sourceDocument: '许市监〔2022〕44号',
      name: '许昌昊文商标代理有限公司',
      legalForm: '普通合伙',
      personInCharge: '师昊文',
      address: '河南省许昌市建安区文兴路与新许路交叉口东200米路北广汇君悦城C座508室',
      district: '建安区',
      services: ['trade_fair'],
      ipTypes: [],
      countries: [],
      phone: null,
      intro: '旧数据中的简介',
      location: null,
      status: 'active',
      createdAt: FIRST_RUN.toISOString(),
      updatedAt: FIRST_RUN.toISOString(),
    } as unknown as AgencyRecord)
    expect(await seedAgencies(store, LATER_RUN)).toBe(16)
    expect(await agencies.getById('agency_b1_05')).toMatchObject({
      revision: 1,
      statusReason: null,
      createdBy: null,
      intro: '旧数据中的简介',
      searchText: '许昌昊文商标代理有限公司\n师昊文\n建安区\n旧数据中的简介\n展会知识产权保护',
    })
  })
})
