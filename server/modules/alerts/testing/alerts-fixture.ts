import { contentFieldsSchema, type ContentFieldsInput } from '../../../../types/content/schemas'
import type { AlertTopics } from '../../../../types/alerts/schemas'
import { createSqliteDocumentStore, type SqliteDocumentStore } from '../../../adapters/sqlite/sqlite-document-store'
import type { Caller } from '../../../core/caller'
import { publishContent } from '../../content/publish-content'
import { CONTENT_COLLECTIONS, type ContentRecord } from '../../content/records'
import { saveContentDraft } from '../../content/save-content-draft'
import { withdrawContent } from '../../content/withdraw-content'
import { recordSubscribeResults } from '../../messaging/quota-ledger'
import { MESSAGING_COLLECTIONS } from '../../messaging/records'
import { ALERT_TEMPLATE_ID, seedUsers, TEMPLATES } from '../../messaging/testing/messaging-fixture'
import { saveSubscription } from '../../messaging/topic-subscriptions'
import { REVISIONS_COLLECTIONS } from '../../revisions/records'
import { USERS_COLLECTIONS } from '../../users/records'
import { alertLifecycleHooks } from '../alert-lifecycle-hooks'
import { ALERTS_COLLECTIONS } from '../records'

export const STAFF: Caller = { userId: 'u_staff', openid: 'openid-staff', roles: ['staff'] }

export function alertsStore(file = ':memory:'): SqliteDocumentStore {
  return createSqliteDocumentStore({
    file,
    collections: [...ALERTS_COLLECTIONS, ...MESSAGING_COLLECTIONS, ...CONTENT_COLLECTIONS, ...REVISIONS_COLLECTIONS, ...USERS_COLLECTIONS],
  })
}

const BASE: ContentFieldsInput = {
  kind: 'risk_alert',
  title: '美国对假发产品发起337调查',
  summary: '涉案企业请在20日内应诉',
  body: [{ type: 'paragraph', text: '美国国际贸易委员会已立案，请相关企业及时准备应诉材料。' }],
  countries: ['US'],
  ipTypes: ['patent'],
  industries: ['hair_products'],
  severity: 'warning',
  source: '商务部',
  sourceUrl: null,
  effectiveDate: null,
  lessons: [],
  feeRows: [],
  attachments: [],
}

/** An alert whose source link is on a non-default domain (ip-office.example.org): allow-list tests add or remove it. */
export const OFFICE_NOTICE_ALERT: ContentFieldsInput = {
  kind: 'risk_alert',
  title: '某国知识产权局发布展会执法新规',
  summary: '参展企业请提前备案',
  body: [{ type: 'paragraph', text: '该局公布了展会期间的临时执法程序。' }],
  countries: ['US'],
  ipTypes: ['trademark'],
  industries: [],
  severity: 'warning',
  source: '某国知识产权局',
  sourceUrl: 'https://www.ip-office.example.org/notice/2026',
  effectiveDate: null,
  lessons: [],
  feeRows: [],
  attachments: [],
}

export function draftAlert(store: SqliteDocumentStore, now: Date, fields: Partial<ContentFieldsInput> = {}): Promise<ContentRecord> {
  return saveContentDraft(store, STAFF, null, contentFieldsSchema.parse({ ...BASE, ...fields }), now)
}

/** Publishes through the content module with the alert hooks (as the wired directory function will). */
export function publishAlert(store: SqliteDocumentStore, content: ContentRecord, now: Date, hooks = alertLifecycleHooks) {
  return publishContent(store, STAFF.userId, { contentId: content._id, expectedRevision: content.revision }, now, hooks)
}

export function withdrawAlert(store: SqliteDocumentStore, content: ContentRecord, now: Date, hooks = alertLifecycleHooks) {
  return withdrawContent(store, STAFF.userId, { contentId: content._id, expectedRevision: content.revision, reason: '信息有误' }, now, hooks)
}

/** Users following these topics, each with `grants` accepted alert sends. Returns their user ids. */
export async function subscribers(
  store: SqliteDocumentStore,
  openids: readonly string[],
  topics: AlertTopics,
  now: Date,
  grants = 1,
): Promise<string[]> {
  const userIds = await seedUsers(store, openids)
  for (const userId of userIds) {
    await saveSubscription(store, userId, topics, now)
    for (let i = 0; i < grants; i++) {
      await recordSubscribeResults(store, TEMPLATES, userId, `req-${userId.slice(-12)}-${i}`, { [ALERT_TEMPLATE_ID]: 'accept' }, now)
    }
  }
  return userIds
}
