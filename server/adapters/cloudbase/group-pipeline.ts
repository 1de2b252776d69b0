import { MAX_GROUPS, type GroupRow, type GroupSpec, type Scalar } from '../../ports/document-store'
import type { CloudBaseAggregate, CloudBaseDatabase } from './cloudbase-database'

type Builders = Pick<CloudBaseDatabase, 'command'>

/** One stage of an aggregate pipeline, as data: built and tested apart from the SDK call that runs it. */
export type PipelineStage =
  | { stage: 'match'; arg: object }
  | { stage: 'unwind'; arg: string }
  | { stage: 'group'; arg: object }
  | { stage: 'sort'; arg: Record<string, 1 | -1> }
  | { stage: 'limit'; arg: number }

/** Sum fields become `s0`, `s1`, … in the group output (a dotted path is not a valid output name). */
const sumName = (i: number) => `s${i}`

/**
 * The pipeline behind `Collection.group`: match → (unwind) → group by the field with a count and
 * numeric totals → largest first, ties by key → at most MAX_GROUPS (CloudBase's aggregate answers
 * only 20 rows unless limited).
 */
export function groupPipeline(condition: object | null, spec: GroupSpec, db: Builders): PipelineStage[] {
  const $ = db.command.aggregate
  const stages: PipelineStage[] = []
  if (condition) stages.push({ stage: 'match', arg: condition })
  if (spec.by !== null && spec.unwind) stages.push({ stage: 'unwind', arg: `$${spec.by}` })
  const group: Record<string, unknown> = { _id: spec.by === null ? null : `$${spec.by}`, count: $.sum(1) }
  ;(spec.sum ?? []).forEach((field, i) => {
    group[sumName(i)] = $.sum(`$${field}`)
  })
  stages.push({ stage: 'group', arg: group })
  stages.push({ stage: 'sort', arg: { count: -1, _id: 1 } })
  stages.push({ stage: 'limit', arg: MAX_GROUPS })
  return stages
}

export function applyPipeline(start: CloudBaseAggregate, stages: readonly PipelineStage[]): CloudBaseAggregate {
  let pipeline = start
  for (const step of stages) {
    switch (step.stage) {
      case 'match':
        pipeline = pipeline.match(step.arg)
        break
      case 'unwind':
        pipeline = pipeline.unwind(step.arg)
        break
      case 'group':
        pipeline = pipeline.group(step.arg)
        break
      case 'sort':
        pipeline = pipeline.sort(step.arg)
        break
      case 'limit':
        pipeline = pipeline.limit(step.arg)
        break
    }
  }
  return pipeline
}

/** A group output row back into the port's shape; keys other than scalars (arrays, objects) read as null. */
export function readGroupRow(row: unknown, spec: GroupSpec): GroupRow {
  const record = (row ?? {}) as Record<string, unknown>
  const rawKey = record._id
  const key: Scalar = rawKey === null || ['string', 'number', 'boolean'].includes(typeof rawKey) ? (rawKey as Scalar) : null
  const sums: Record<string, number> = {}
  ;(spec.sum ?? []).forEach((field, i) => {
    const value = record[sumName(i)]
    sums[field] = typeof value === 'number' ? value : 0
  })
  return { key: key ?? null, count: typeof record.count === 'number' ? record.count : 0, sums }
}
