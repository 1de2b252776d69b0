/**
 * A FIFO async lock. better-sqlite3 runs each statement synchronously, so single operations never
 * interleave; but `runTransaction` awaits user code between BEGIN and COMMIT, and any other
 * statement issued on the same connection meanwhile would silently join that transaction (and be
 * rolled back with it). Every store operation therefore runs through this queue.
 */
export class AsyncMutex {
  private tail: Promise<unknown> = Promise.resolve()

  run<R>(task: () => R | Promise<R>): Promise<R> {
    const result = this.tail.then(task)
    // The next task waits for this one to settle, whether it succeeded or failed.
    this.tail = result.then(
      () => undefined,
      () => undefined,
    )
    return result
  }
}
