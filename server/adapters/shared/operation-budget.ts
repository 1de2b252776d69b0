import { MAX_TRANSACTION_OPERATIONS } from '../../ports/store-limits'

/**
 * Counts a transaction's operations and refuses the one past MAX_TRANSACTION_OPERATIONS, the same
 * way on both adapters, so a transaction that would outgrow CloudBase's limit fails in local tests.
 */
export function transactionOperationBudget(max = MAX_TRANSACTION_OPERATIONS): () => void {
  let used = 0
  return () => {
    used += 1
    if (used > max) throw new RangeError(`a transaction may make at most ${max} operations`)
  }
}
