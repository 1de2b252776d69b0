import type { DocumentStore } from '../../ports/document-store'
import { CONTRACT_COLLECTIONS, describeDocumentStoreContract } from '../../ports/document-store.contract'
import { describeDocumentStoreLimitsContract } from '../../ports/document-store-limits.contract'
import type { CloudBaseDatabase } from './cloudbase-database'
import { createCloudBaseDocumentStore } from './cloudbase-document-store'

/**
 * The contract suite against a REAL CloudBase environment. It runs only when all three variables
 * are set; otherwise it is skipped and wx-server-sdk is never loaded (off-cloud, even loading and
 * calling it leaves unhandled rejections that kill the Node 20 process).
 *
 * Every run uses fresh collections named `<prefix>contract_items` / `<prefix>contract_other`
 * (prefix from CLOUDBASE_TEST_PREFIX, else unique per run). The SDK cannot drop collections, so
 * they stay behind, emptied; delete them in the console from time to time.
 */
const REQUIRED = ['CLOUDBASE_ENV_ID', 'TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY'] as const
const missing = REQUIRED.filter((name) => !process.env[name])

/** The parts of wx-server-sdk used here, declared so that nothing is typed `any`. */
interface WxServerSdk {
  init(config: { env: string; secretId: string; secretKey: string }): void
  database(): CloudBaseDatabase & { createCollection(name: string): Promise<unknown> }
}

if (missing.length > 0) {
  process.stdout.write(`[cloudbase contract] skipped: ${missing.join(', ')} not set (needed to reach a real CloudBase environment)\n`)
  describe.skip('CloudBase adapter against a real environment', () => {
    it('runs the DocumentStore contract', () => undefined)
  })
} else {
  describe('CloudBase adapter against a real environment', () => {
    jest.setTimeout(120_000)
    const prefix = process.env.CLOUDBASE_TEST_PREFIX ?? `it_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}_`
    let db: ReturnType<WxServerSdk['database']> | undefined
    const onUnhandled = (reason: unknown): void => {
      // Surface SDK background failures as test output instead of letting them end the process.
      process.stderr.write(`[cloudbase contract] unhandled rejection: ${String(reason)}\n`)
    }

    async function database(): Promise<ReturnType<WxServerSdk['database']>> {
      if (db) return db
      // Loaded lazily, and only on this branch. eslint-style require is deliberate: see above.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const cloud = require('wx-server-sdk') as WxServerSdk
      cloud.init({
        env: process.env.CLOUDBASE_ENV_ID as string,
        secretId: process.env.TENCENTCLOUD_SECRETID as string,
        secretKey: process.env.TENCENTCLOUD_SECRETKEY as string,
      })
      const created = cloud.database()
      for (const name of CONTRACT_COLLECTIONS) {
        await created.createCollection(`${prefix}${name}`).catch((error: unknown) => {
          // Reusing a prefix (CLOUDBASE_TEST_PREFIX) finds the collections already there.
          if (!/exist/i.test(String((error as { message?: unknown }).message ?? error))) throw error
        })
      }
      db = created
      return db
    }

    beforeAll(() => {
      process.on('unhandledRejection', onUnhandled)
    })
    afterAll(() => {
      process.off('unhandledRejection', onUnhandled)
    })

    const emptyContractCollections = async (store: DocumentStore): Promise<void> => {
      for (const name of CONTRACT_COLLECTIONS) await store.collection(name).deleteMany({})
    }

    const makeStore = async (): Promise<DocumentStore> => {
      const store = createCloudBaseDocumentStore(await database(), { collectionPrefix: prefix })
      // Start every test from empty collections, even after an aborted earlier run.
      await emptyContractCollections(store)
      return store
    }
    describeDocumentStoreContract(`CloudBase env ${process.env.CLOUDBASE_ENV_ID}`, makeStore, emptyContractCollections)
    // The limits themselves (pages, batch and transaction sizes) against the real server.
    describeDocumentStoreLimitsContract(`CloudBase env ${process.env.CLOUDBASE_ENV_ID}`, makeStore, emptyContractCollections)
  })
}
