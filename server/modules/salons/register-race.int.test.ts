import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSqliteDocumentStore, type SqliteDocumentStore } from '../../adapters/sqlite/sqlite-document-store'
import type { Caller } from '../../core/caller'
import type { Collection, DocumentStore, StoredDocument } from '../../ports/document-store'
import { MESSAGING_COLLECTIONS } from '../messaging/records'
import { USERS, USERS_COLLECTIONS, type UserRecord } from '../users/records'
import { SALON_REGISTRATIONS, SALONS_COLLECTIONS, type RegistrationRecord } from './records'
import { registerForSession } from './register'
import { cancelSession, createSession, publishSession } from './session-admin'
import { seatLedger } from './seat-ledger'
import { sessionInput } from './testing/salons-fixture'
import { sessionInputSchema } from '../../../types/salons/schemas'

const NOW = new Date('2026-11-25T02:00:00.000Z')
let dir: string
let store: SqliteDocumentStore

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'oipa-salons-'))
  store = createSqliteDocumentStore({ file: join(dir, 'db.sqlite'), collections: [...SALONS_COLLECTIONS, ...MESSAGING_COLLECTIONS, ...USERS_COLLECTIONS] })
})
afterEach(() => {
  store.close()
  rmSync(dir, { recursive: true, force: true })
})

async function user(id: string): Promise<Caller> {
  const at = NOW.toISOString()
  const record: UserRecord = { _id: id, openid: `o-${id}`, displayName: id, roles: [], privacyConsent: null, enterpriseId: null, pendingApplicationId: null, createdAt: at, updatedAt: at }
  await store.collection<UserRecord>(USERS).insert(record)
  return { userId: id, openid: record.openid, roles: [] }
}

/** The store, except that `beforeInsert` runs right before a registration is written. */
function withHookBeforeRegistrationInsert(beforeInsert: () => Promise<void>): DocumentStore {
  return {
    runTransaction: (work) => store.runTransaction(work),
    collection<T extends StoredDocument>(name: string): Collection<T> {
      const real = store.collection<T>(name)
      if (name !== SALON_REGISTRATIONS) return real
      return Object.assign(Object.create(real) as Collection<T>, {
        async insertUnlessExists(doc: T) {
          await beforeInsert()
          return real.insertUnlessExists(doc)
        },
      })
    },
  }
}

describe('registration racing a session cancellation (deterministic interleaving)', () => {
  it('a registration whose seat was claimed before the cancellation voids itself and says the session is cancelled', async () => {
    const staff = await user('staff')
    const attendee = await user('u1')
    const session = await createSession(store, staff, sessionInputSchema.parse(sessionInput({ capacity: 3 })), NOW)
    await publishSession(store, session._id, NOW)

    // The cancellation (close the ledger, void every live registration) runs completely between
    // this registration's seat claim and its insert: its void pass cannot see the row yet.
    const racing = withHookBeforeRegistrationInsert(() => cancelSession(store, session._id, '场地调整', NOW).then(() => undefined))
    await expect(
      registerForSession(racing, attendee, { sessionId: session._id, requestKey: 'race-00001', attendees: [{ name: '甲' }], answers: [{ questionId: 'q1', answer: '美国' }] }, NOW),
    ).rejects.toMatchObject({ code: 'SESSION_CANCELLED' })

    const rows = await store.collection<RegistrationRecord>(SALON_REGISTRATIONS).find({ sessionId: session._id })
    expect(rows.map((r) => r.status)).toEqual(['void'])
    const seats = await seatLedger(store).get(session._id)
    expect(seats).toMatchObject({ open: false })
    expect(seats!.confirmed + seats!.held + seats!.free).toBe(3)
  })
})
