/**
 * The limits of CloudBase's database (wx-server-sdk, in a cloud function) that shape the
 * DocumentStore port, in one place, each with where it comes from. The SQLite adapter obeys the
 * same numbers, so code that works locally stays inside them on CloudBase. Where no source states
 * a number, that is said, and the value is a conservative choice. README → "CloudBase limits".
 */

/**
 * Most documents one `get()` may return in a cloud function, and the port's cap on `find` and
 * `getByIds`. Source: Collection.limit reference — "在云函数端默认及最大上限为 1000"
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/database/collection/Collection.limit.md).
 */
export const MAX_FIND_LIMIT = 1000

/**
 * The smallest page the server is known to answer a `get()` with. WeChat's own guide (读取数据,
 * https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/database/read.html) says 100 for
 * cloud functions, contradicting the reference above, and developers report both (WeChat developer
 * community: "云函数端获取集合数目的限制是100条"; "不带limit默认返回100,带limit最大可以返回1000").
 * So the CloudBase adapter reads in pages and treats a short page of 100 or more as possibly cut
 * by the server (it asks again; an empty page ends the read); a page shorter than this is the end.
 */
export const MIN_SERVER_PAGE = 100

/**
 * Rows an aggregate pipeline answers when it has no `limit` stage: 20 in a cloud function. No
 * official page states it (the Aggregate.limit reference gives no default); developers measured it
 * (WeChat developer community, "云函数端Aggregate聚合操作limit默认20条限制"). Every pipeline here
 * therefore ends with an explicit limit (MAX_GROUPS in the port).
 */
export const AGGREGATE_DEFAULT_ROWS = 20

/**
 * Single-document operations one transaction may make (get/set/update/delete by id), on both
 * adapters. Database.runTransaction's reference says only that transactions allow single-record
 * operations, never batch ones, on any number of records
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/database/Database.runTransaction.md,
 * 限制: "只允许进行单记录操作，不允许进行批量操作，但可以在一个事务中对多个记录进行操作");
 * CloudBase's transaction guide (https://docs.cloudbase.net/database/transaction) gives no number
 * either. UNVERIFIED, so a conservative choice bounded by time: each operation is a round trip
 * (about 10–20 ms from a cloud function) made while the transaction holds its documents, MongoDB —
 * which CloudBase runs on — aborts transactions older than 60 s by default
 * (transactionLifetimeLimitSeconds), and our functions time out at 60 s (config.json). 500
 * operations keep a transaction to seconds. The largest transaction here is the agency import
 * (3 operations per row), whose row cap is derived from this number.
 */
export const MAX_TRANSACTION_OPERATIONS = 500

/**
 * Documents one insertMany may take (the caller's batch; the port checks it). All of a batch's
 * ids are checked before anything is written.
 */
export const MAX_INSERT_MANY = 1000

/**
 * Documents the CloudBase adapter writes per transaction inside insertMany: each document costs a
 * `get` (is the id free?) and a `set`, so half of MAX_TRANSACTION_OPERATIONS.
 */
export const INSERT_MANY_TRANSACTION_DOCUMENTS = MAX_TRANSACTION_OPERATIONS / 2

/**
 * Collections per environment. Source: CloudBase FAQ (https://docs.cloudbase.net/en/faq/database,
 * "Each environment can create up to 100 collections"; the same page: up to 100 indexes per
 * collection, 31 fields per index).
 */
export const MAX_COLLECTIONS = 100
export const MAX_INDEXES_PER_COLLECTION = 100
export const MAX_FIELDS_PER_INDEX = 31

/*
 * Not relied on, and why:
 *  - document size: no CloudBase page states one (MongoDB's is 16 MB; a Tencent CloudBase article
 *    reports about 5 MB per add/update from a cloud function, measured, not documented). Documents
 *    here hold form text; files go to storage, so no document comes near either figure.
 *  - `where().update()` / `where().remove()` on many documents: documented for cloud functions
 *    without a count limit (Query.update / Query.remove references); the port's updateMany and
 *    deleteMany say they are not atomic as a whole, and nothing relies on more.
 *  - `_.in` with up to MAX_FIND_LIMIT values (getByIds): no limit documented; the adapter sends at
 *    most MIN_SERVER_PAGE ids per query, so each answer fits in one page whatever the server's page.
 */
