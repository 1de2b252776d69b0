import type { ExpertFields, ExpertStatus } from '../../types/experts/schemas'
import type { DocumentStore } from '../ports/document-store'
import { expertSearchText } from '../modules/experts/expert-fields'
import { EXPERTS, type ExpertRecord } from '../modules/experts/records'
import { userIdForOpenid } from '../modules/users/user-id'
import { demoOpenid } from './demo-users'

/**
 * Fictional experts for development mode only, marked 【演示】 so nobody mistakes them for real
 * people. The first is linked to the demo expert account, for assignment work later.
 */
const DEMO_EXPERTS: readonly { id: string; status: ExpertStatus; statusReason: string | null; fields: ExpertFields }[] = [
  {
    id: 'demo_expert_01',
    status: 'active',
    statusReason: null,
    fields: {
      name: '【演示】林知远',
      title: '律师（演示）',
      affiliation: '演示律师事务所（虚构）',
      ipTypes: ['patent', 'trademark'],
      serviceTypes: ['dispute_response', 'overseas_filing', 'trademark_squatting'],
      countries: ['US', 'CA'],
      languages: ['zh', 'en'],
      yearsOverseasExperience: 12,
      photoFileId: null,
      intro: '演示数据：虚构的专家简介，用于开发环境展示列表、筛选与详情页。',
      userId: userIdForOpenid(demoOpenid('expert')),
      maxOpenCases: 5,
    },
  },
  {
    id: 'demo_expert_02',
    status: 'active',
    statusReason: null,
    fields: {
      name: '【演示】陈海澜',
      title: '专利代理师（演示）',
      affiliation: '演示知识产权代理机构（虚构）',
      ipTypes: ['patent'],
      serviceTypes: ['overseas_filing', 'early_warning'],
      countries: ['EU', 'DE', 'FR'],
      languages: ['zh', 'en', 'de'],
      yearsOverseasExperience: 8,
      photoFileId: null,
      intro: '演示数据：虚构的专家简介。',
      userId: null,
      maxOpenCases: 3,
    },
  },
  {
    id: 'demo_expert_03',
    status: 'active',
    statusReason: null,
    fields: {
      name: '【演示】王若溪',
      title: '商标代理师（演示）',
      affiliation: '演示商标事务所（虚构）',
      ipTypes: ['trademark'],
      serviceTypes: ['trademark_squatting', 'trade_fair'],
      countries: ['VN', 'TH', 'MY', 'ID'],
      languages: ['zh', 'en', 'vi'],
      yearsOverseasExperience: 6,
      photoFileId: null,
      intro: '演示数据：虚构的专家简介。',
      userId: null,
      maxOpenCases: 4,
    },
  },
  {
    id: 'demo_expert_04',
    status: 'unavailable',
    statusReason: '演示：休假中',
    fields: {
      name: '【演示】赵明川',
      title: '高级顾问（演示）',
      affiliation: '演示咨询公司（虚构）',
      ipTypes: ['copyright', 'trade_secret'],
      serviceTypes: ['dispute_response'],
      countries: ['JP', 'KR'],
      languages: ['zh', 'ja'],
      yearsOverseasExperience: 10,
      photoFileId: null,
      intro: null,
      userId: null,
      maxOpenCases: 2,
    },
  },
]

export const DEMO_EXPERT_IDS = DEMO_EXPERTS.map((e) => e.id)

/** Idempotent (fixed ids); development mode only. */
export async function seedDemoExperts(store: DocumentStore, now: Date): Promise<void> {
  const at = now.toISOString()
  const experts = store.collection<ExpertRecord>(EXPERTS)
  for (const demo of DEMO_EXPERTS) {
    await experts.insertUnlessExists({
      _id: demo.id,
      ...demo.fields,
      status: demo.status,
      statusReason: demo.statusReason,
      searchText: expertSearchText(demo.fields),
      revision: 1,
      createdAt: at,
      updatedAt: at,
      createdBy: null,
      updatedBy: null,
    })
  }
}
