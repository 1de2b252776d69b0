import type { ContentFields, ContentStatus } from '../../types/content/schemas'
import type { DocumentStore } from '../ports/document-store'
import { derivedContentFields } from '../modules/content/content-fields'
import { CONTENT, type ContentRecord } from '../modules/content/records'

const DISCLAIMER = '本条为开发环境演示数据，内容虚构，不代表任何国家或地区的真实法律、官费或案例，不构成法律意见。'

const base = {
  industries: [],
  severity: null,
  source: '演示数据',
  sourceUrl: null,
  effectiveDate: null,
  lessons: [],
  feeRows: [],
  attachments: [],
} satisfies Partial<ContentFields>

/**
 * One fictional item of each kind, development mode only, titled 【演示】: real guidance must
 * come from staff, never from seed data. The last one stays a draft to show the staff view.
 */
const DEMO_CONTENT: readonly { id: string; status: ContentStatus; fields: ContentFields }[] = [
  {
    id: 'demo_content_01',
    status: 'published',
    fields: {
      ...base,
      kind: 'risk_alert',
      title: '【演示】展会期间商标侵权投诉风险提示',
      summary: '演示：参展前请核查商标',
      body: [
        { type: 'paragraph', text: DISCLAIMER },
        { type: 'heading', text: '建议' },
        { type: 'list', ordered: true, items: ['参展前检索目标市场的商标注册情况', '随身携带权属证明材料', '遇到投诉及时联系维权援助工作人员'] },
      ],
      countries: ['US', 'DE'],
      ipTypes: ['trademark'],
      industries: ['hair_products'],
      severity: 'warning',
    },
  },
  {
    id: 'demo_content_02',
    status: 'published',
    fields: {
      ...base,
      kind: 'law_change',
      title: '【演示】某国专利审查程序调整说明',
      summary: '演示：专利审查程序调整',
      body: [{ type: 'paragraph', text: DISCLAIMER }],
      countries: ['JP'],
      ipTypes: ['patent'],
      effectiveDate: '2027-01-01',
    },
  },
  {
    id: 'demo_content_03',
    status: 'published',
    fields: {
      ...base,
      kind: 'fee_change',
      title: '【演示】官费调整示例表',
      summary: '演示：官费调整',
      body: [{ type: 'paragraph', text: DISCLAIMER }],
      countries: ['EU'],
      ipTypes: ['trademark'],
      feeRows: [{ item: '【演示】示例费用项目', office: '示例官方机构', amount: 100, currency: 'EUR' }],
    },
  },
  {
    id: 'demo_content_04',
    status: 'published',
    fields: {
      ...base,
      kind: 'country_guide',
      title: '【演示】国别指南示例',
      summary: '演示：国别指南',
      body: [
        { type: 'heading', text: '说明' },
        { type: 'paragraph', text: DISCLAIMER },
      ],
      countries: ['US'],
      ipTypes: [],
    },
  },
  {
    id: 'demo_content_05',
    status: 'draft',
    fields: {
      ...base,
      kind: 'typical_case',
      title: '【演示】海外纠纷典型案例（草稿）',
      summary: '演示：典型案例草稿',
      body: [{ type: 'paragraph', text: DISCLAIMER }],
      countries: ['US'],
      ipTypes: ['trademark'],
      lessons: ['演示：尽早在目标市场布局商标'],
    },
  },
]

export const DEMO_CONTENT_IDS = DEMO_CONTENT.map((c) => c.id)

/** Idempotent (fixed ids); development mode only. Published items are dated at seeding. */
export async function seedDemoContent(store: DocumentStore, now: Date): Promise<void> {
  const content = store.collection<ContentRecord>(CONTENT)
  for (const [index, demo] of DEMO_CONTENT.entries()) {
    // One minute apart, so "newest first" has a stable, visible order.
    const at = new Date(now.getTime() - index * 60_000).toISOString()
    const published = demo.status === 'published'
    await content.insertUnlessExists({
      _id: demo.id,
      ...demo.fields,
      ...derivedContentFields(demo.fields),
      status: demo.status,
      publishedAt: published ? at : null,
      firstPublishedAt: published ? at : null,
      withdrawnAt: null,
      withdrawReason: null,
      revision: 1,
      createdAt: at,
      updatedAt: at,
      createdBy: null,
      updatedBy: null,
    })
  }
}
