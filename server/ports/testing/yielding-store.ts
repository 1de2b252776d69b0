import type { Collection, DocumentStore, StoredDocument } from '../document-store'

const tick = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * A store whose every operation yields to the event loop before and after it, as a network round
 * trip to CloudBase does. On the embedded store alone a handler's awaits resolve as microtasks, so
 * concurrent calls run one after another and a read-then-write never races; over this wrapper they
 * interleave, and only atomic claims and conditional writes keep invariants.
 */
export function yieldingStore(inner: DocumentStore): DocumentStore {
  return {
    async runTransaction(work) {
      await tick()
      return inner.runTransaction(work)
    },
    collection<T extends StoredDocument>(name: string): Collection<T> {
      const target = inner.collection<T>(name)
      return new Proxy(target, {
        get(obj, prop, receiver) {
          const value: unknown = Reflect.get(obj, prop, receiver)
          if (typeof value !== 'function') return value
          return async (...args: unknown[]) => {
            await tick()
            const result: unknown = await Reflect.apply(value, obj, args)
            await tick()
            return result
          }
        },
      })
    },
  }
}
