import type { Collection, FieldOperators, Filter, StoredDocument } from '../ports/document-store'

export interface CounterBounds {
  /** The counter may not go below this. */
  min?: number
  /** The counter may not go above this. */
  max?: number
}

/**
 * Adds `delta` to the numeric `field` of document `id` only if the result stays within `bounds`;
 * returns whether it applied. Quotas, stock and seat counts rely on this.
 *
 * It is ONE conditional update (`$inc` guarded by a range condition on the current value: result
 * ≥ min ⇔ current ≥ min − delta), never read-then-write, so concurrent callers cannot overshoot a
 * bound on either adapter. Consequences worth knowing:
 *  - with bounds, a missing or non-numeric field never matches, so nothing applies (false);
 *    without bounds, `$inc` creates a missing field with the value `delta`;
 *  - delta 0 writes nothing: it reports whether the document exists and is within bounds;
 *  - integers only, so the bound arithmetic is exact.
 */
export async function adjustCounter<T extends StoredDocument>(
  collection: Collection<T>,
  id: string,
  field: string,
  delta: number,
  bounds: CounterBounds = {},
): Promise<boolean> {
  const { min, max } = bounds
  for (const [name, value] of [['delta', delta], ['min', min], ['max', max]] as const) {
    if (value !== undefined && !Number.isSafeInteger(value)) throw new RangeError(`${name} must be a safe integer, got ${value}`)
  }
  if (min !== undefined && max !== undefined && min > max) throw new RangeError(`min ${min} is above max ${max}`)
  if (field === '_id') throw new RangeError('_id is not a counter')

  const range: FieldOperators = {}
  if (min !== undefined) range.$gte = min - delta
  if (max !== undefined) range.$lte = max - delta
  const condition: Filter = min === undefined && max === undefined ? {} : { [field]: range }

  if (delta === 0) return (await collection.count({ ...condition, _id: id })) === 1
  return collection.updateOne(id, { $inc: { [field]: delta } }, condition)
}
