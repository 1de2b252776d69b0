import type { Collection, Filter, StoredDocument } from '../../../ports/document-store'

export interface DurationStats {
  count: number
  medianMinutes: number | null
  p90Minutes: number | null
}

function readPath(doc: StoredDocument, path: string): number {
  let value: unknown = doc
  for (const part of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[part]
  if (typeof value !== 'number') throw new Error(`${path} is not a number on ${doc._id}`)
  return value
}

/**
 * Median and 90th percentile of a numeric field over the matches, in the database: one count,
 * then the documents at the needed ranks straight from an ordered query (skip + limit 1–2), so
 * only two or three documents ever reach the function, whatever the volume.
 *  - median: the middle value, or the mean of the two middle values for an even count;
 *  - p90: nearest rank, the value at rank ⌈0.9·n⌉.
 */
export async function durationStats<T extends StoredDocument>(collection: Collection<T>, filter: Filter, field: string): Promise<DurationStats> {
  const measured: Filter = { $and: [filter, { [field]: { $gte: 0 } }] }
  const count = await collection.count(measured)
  if (count === 0) return { count, medianMinutes: null, p90Minutes: null }
  const at = (skip: number, limit: number) => collection.find(measured, { orderBy: [[field, 'asc']], skip, limit })
  const middle = Math.floor((count - 1) / 2)
  const [middleDocs, p90Docs] = await Promise.all([at(middle, count % 2 === 0 ? 2 : 1), at(Math.ceil(0.9 * count) - 1, 1)])
  const middleValues = middleDocs.map((doc) => readPath(doc, field))
  const median = middleValues.reduce((a, b) => a + b, 0) / middleValues.length
  return { count, medianMinutes: median, p90Minutes: readPath(p90Docs[0], field) }
}
