import type { Collection, DocumentStore, StoredDocument, TransactionScope } from '../ports/document-store'

/**
 * Each cloud function declares the collections it touches (`CloudFunctionDefinition.collections`):
 * CloudBase indexes and the embedded store's schema come from those lists, and a function's list
 * is its boundary. These helpers see which collections an action actually names — through the
 * store or inside a transaction — so the boundary can be checked instead of trusted.
 */

/** A store that reports every collection name used through it (reads, writes, transactions). */
export function watchCollections(store: DocumentStore, onTouch: (collection: string) => void): DocumentStore {
  const scope = (tx: TransactionScope): TransactionScope => ({
    get<T extends StoredDocument>(collection: string, id: string) {
      onTouch(collection)
      return tx.get<T>(collection, id)
    },
    set(collection, doc) {
      onTouch(collection)
      return tx.set(collection, doc)
    },
    update(collection, id, update) {
      onTouch(collection)
      return tx.update(collection, id, update)
    },
    delete(collection, id) {
      onTouch(collection)
      return tx.delete(collection, id)
    },
  })
  return {
    collection<T extends StoredDocument>(name: string): Collection<T> {
      onTouch(name)
      return store.collection<T>(name)
    },
    runTransaction: (work) => store.runTransaction((tx) => work(scope(tx))),
  }
}

export interface DeclaringFunction {
  name: string
  collections: ReadonlyArray<{ name: string }>
}

/** The message for an action that used a collection its function does not declare. */
export function undeclaredCollectionMessage(fn: DeclaringFunction, action: string, collection: string): string {
  return `${fn.name}.${action} touched collection "${collection}", which ${fn.name} does not declare in its collections`
}

export class UndeclaredCollectionError extends Error {
  constructor(fn: DeclaringFunction, action: string, collection: string) {
    super(undeclaredCollectionMessage(fn, action, collection))
    this.name = 'UndeclaredCollectionError'
  }
}

/**
 * The store an action of `fn` sees when declarations are enforced (the local gateway and every
 * integration test): naming an undeclared collection throws before any request is made, so the
 * action fails loudly instead of depending on a collection another function happens to create.
 */
export function enforceDeclaredCollections(store: DocumentStore, fn: DeclaringFunction, action: string): DocumentStore {
  const declared = new Set(fn.collections.map((spec) => spec.name))
  return watchCollections(store, (collection) => {
    if (!declared.has(collection)) throw new UndeclaredCollectionError(fn, action, collection)
  })
}

/**
 * Every collection recorded for an action (`function.action` → names) that its function does not
 * declare, as messages naming the action and the collection; [] when all are declared.
 */
export function undeclaredTouches(functions: readonly DeclaringFunction[], touched: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const messages: string[] = []
  for (const [key, collections] of touched) {
    const [name, action = ''] = key.split('.')
    const fn = functions.find((f) => f.name === name)
    if (!fn) throw new Error(`no function ${name} for the recorded action ${key}`)
    const declared = new Set(fn.collections.map((spec) => spec.name))
    for (const collection of collections) if (!declared.has(collection)) messages.push(undeclaredCollectionMessage(fn, action, collection))
  }
  return messages.sort()
}
