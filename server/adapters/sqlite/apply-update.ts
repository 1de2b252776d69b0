import type { Scalar, Update } from '../../ports/document-store'
import { splitFieldPath } from '../shared/field-path'
import { cloneJson, isPlainObject } from '../shared/json-value'
import { normalizeUpdate } from '../shared/normalize-update'
import type { UpdateStep } from '../shared/normalize-update'

/** The update cannot apply to this document's current shape (e.g. $inc on a string). */
export class UpdateTypeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UpdateTypeError'
  }
}

/**
 * Applies an update to a copy of `doc` with MongoDB/CloudBase semantics, so the SQLite adapter
 * behaves like production: $set creates missing parents and replaces values wholesale, $inc and
 * $push/$addToSet create missing fields, $unset/$pull on a missing field do nothing, and operating
 * on a value of the wrong type throws instead of guessing.
 */
export function applyUpdate<T extends object>(doc: T, update: Update): T {
  return applySteps(doc, normalizeUpdate(update))
}

export function applySteps<T extends object>(doc: T, steps: readonly UpdateStep[]): T {
  return applyStepsInPlace(cloneJson(doc), steps)
}

/** applySteps on `doc` itself, for a caller that owns a fresh copy (e.g. just parsed from JSON). */
export function applyStepsInPlace<T extends object>(doc: T, steps: readonly UpdateStep[]): T {
  for (const step of steps) applyStep(doc as T & Record<string, unknown>, step)
  return doc
}

function applyStep(root: Record<string, unknown>, step: UpdateStep): void {
  const segments = splitFieldPath(step.path)
  const key = segments[segments.length - 1]
  const creates = step.kind !== 'unset' && step.kind !== 'pull'
  const parent = findParent(root, segments, creates, step.path)
  if (!parent) return
  const current = parent[key]
  switch (step.kind) {
    case 'set':
      parent[key] = cloneJson(step.value)
      return
    case 'unset':
      delete parent[key]
      return
    case 'inc':
      if (current === undefined) parent[key] = step.by
      else if (typeof current === 'number') parent[key] = current + step.by
      else throw new UpdateTypeError(`$inc ${step.path}: the field is not a number`)
      return
    case 'push':
      parent[key] = [...arrayAt(current, step.path, '$push'), ...cloneJson(step.values)]
      return
    case 'addToSet': {
      const next = [...arrayAt(current, step.path, '$addToSet')]
      for (const value of step.values) if (!next.includes(value)) next.push(value)
      parent[key] = next
      return
    }
    case 'pull':
      if (current === undefined) return
      parent[key] = arrayAt(current, step.path, '$pull').filter((item) => !step.values.includes(item as Scalar))
      return
  }
}

function arrayAt(value: unknown, path: string, op: string): unknown[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new UpdateTypeError(`${op} ${path}: the field is not an array`)
  return value
}

/**
 * The object holding the last segment. Steps that write (create=true) create missing parents and
 * throw on a parent that is not an object (as Mongo refuses to); $unset/$pull just find nothing.
 */
function findParent(
  root: Record<string, unknown>,
  segments: string[],
  create: boolean,
  path: string,
): Record<string, unknown> | undefined {
  let node = root
  for (const segment of segments.slice(0, -1)) {
    let next = node[segment]
    if (next === undefined && create) {
      next = {}
      node[segment] = next
    }
    if (!isPlainObject(next)) {
      if (!create) return undefined
      throw new UpdateTypeError(`${path}: ${segment} is not an object`)
    }
    node = next
  }
  return node
}
