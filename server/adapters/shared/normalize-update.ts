import type { Scalar, Update } from '../../ports/document-store'
import { assertFieldPath, pathsOverlap } from './field-path'
import { assertJsonValue, isPlainObject, isScalar } from './json-value'

/** One validated update step. Both adapters consume this list, so they reject the same updates. */
export type UpdateStep =
  | { kind: 'set'; path: string; value: unknown }
  | { kind: 'unset'; path: string }
  | { kind: 'inc'; path: string; by: number }
  | { kind: 'push'; path: string; values: unknown[] }
  | { kind: 'addToSet'; path: string; values: Scalar[] }
  | { kind: 'pull'; path: string; values: Scalar[] }

export class InvalidUpdateError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InvalidUpdateError'
  }
}

const OPERATORS = new Set(['$set', '$unset', '$inc', '$push', '$addToSet', '$pull'])

/**
 * Validates an update. Rules shared with MongoDB/CloudBase: no empty update, `_id` is immutable,
 * and one field may be touched by only one step (CloudBase rejects "a" with "a.b" in one update,
 * so SQLite must reject it too rather than silently picking an order).
 */
export function normalizeUpdate(update: Update): UpdateStep[] {
  if (!isPlainObject(update)) throw new InvalidUpdateError('an update must be a plain object')
  const steps: UpdateStep[] = []
  for (const [op, body] of Object.entries(update)) {
    if (body === undefined) continue
    if (!OPERATORS.has(op)) {
      throw new InvalidUpdateError(`unknown update operator ${op} (wrap plain fields in $set)`)
    }
    if (op === '$unset') {
      if (!Array.isArray(body) || !body.every((p) => typeof p === 'string')) {
        throw new InvalidUpdateError('$unset takes an array of field paths')
      }
      for (const path of body as string[]) steps.push({ kind: 'unset', path })
      continue
    }
    if (!isPlainObject(body)) throw new InvalidUpdateError(`${op} takes an object of field paths`)
    for (const [path, operand] of Object.entries(body)) steps.push(toStep(op, path, operand))
  }
  if (steps.length === 0) throw new InvalidUpdateError('the update changes nothing')
  steps.forEach((step, i) => {
    assertFieldPath(step.path)
    if (step.path === '_id' || step.path.startsWith('_id.')) throw new InvalidUpdateError('_id cannot be updated')
    const clash = steps.slice(0, i).find((earlier) => pathsOverlap(earlier.path, step.path))
    if (clash) throw new InvalidUpdateError(`fields ${clash.path} and ${step.path} conflict in one update`)
  })
  return steps
}

function toStep(op: string, path: string, operand: unknown): UpdateStep {
  switch (op) {
    case '$set':
      if (operand === undefined) throw new InvalidUpdateError(`$set ${path}: undefined (use $unset)`)
      assertJsonValue(operand, `$set ${path}`)
      return { kind: 'set', path, value: operand }
    case '$inc':
      if (typeof operand !== 'number' || !Number.isFinite(operand)) {
        throw new InvalidUpdateError(`$inc ${path}: expects a finite number`)
      }
      return { kind: 'inc', path, by: operand }
    case '$push':
      if (!Array.isArray(operand)) throw new InvalidUpdateError(`$push ${path}: expects an array of values`)
      assertJsonValue(operand, `$push ${path}`)
      return { kind: 'push', path, values: [...operand] }
    default: {
      // $addToSet / $pull: scalars only, so "already present" / "equal" means the same thing in JS,
      // SQLite and Mongo (object equality is key-order sensitive in Mongo).
      if (!Array.isArray(operand) || !operand.every(isScalar)) {
        throw new InvalidUpdateError(`${op} ${path}: expects an array of scalars`)
      }
      return { kind: op === '$addToSet' ? 'addToSet' : 'pull', path, values: [...operand] }
    }
  }
}
