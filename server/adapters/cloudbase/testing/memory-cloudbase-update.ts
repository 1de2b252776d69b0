import { deepEqual, isCommand, type Doc } from './memory-cloudbase-matching'

/**
 * CloudBase update data (`{ path: _.set(v) | _.remove() | _.inc(n) | _.push([...]) |
 * _.addToSet({ $each }) | _.pull(_.in([...])) }`) applied to a copy of a document.
 */
export function applyUpdate(doc: Doc, data: Record<string, unknown>): Doc {
  const next = structuredClone(doc)
  for (const [path, operation] of Object.entries(data)) {
    if (!isCommand(operation)) {
      setPath(next, path, structuredClone(operation))
      continue
    }
    const [arg] = operation.args
    const current = readPath(next, path)
    switch (operation.$cmd) {
      case 'set':
        setPath(next, path, structuredClone(arg))
        break
      case 'remove':
        unsetPath(next, path)
        break
      case 'inc':
        if (current !== undefined && typeof current !== 'number') throw new Error(`Cannot apply $inc to a value of non-numeric type (${path})`)
        setPath(next, path, (typeof current === 'number' ? current : 0) + (arg as number))
        break
      case 'push':
        setPath(next, path, [...asArray(current), ...structuredClone(arg as unknown[])])
        break
      case 'addToSet': {
        const values = asArray(current)
        for (const value of (arg as { $each: unknown[] }).$each) if (!values.some((v) => deepEqual(v, value))) values.push(value)
        setPath(next, path, values)
        break
      }
      case 'pull': {
        const removed = isCommand(arg) && arg.$cmd === 'in' ? (arg.args[0] as unknown[]) : [arg]
        if (current !== undefined) setPath(next, path, asArray(current).filter((v) => !removed.some((r) => deepEqual(v, r))))
        break
      }
      default:
        throw new Error(`the stand-in does not know the update command ${operation.$cmd}`)
    }
  }
  return next
}

/** The array at a path, or [] where there is none; like the server, refuses a value of another type. */
function asArray(value: unknown): unknown[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new Error('Cannot apply an array operator to a non-array value')
  return [...value]
}

function readPath(doc: Doc, path: string): unknown {
  let current: unknown = doc
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Doc)[part]
  }
  return current
}

function parentOf(doc: Doc, path: string, create: boolean): { parent: Doc; key: string } | null {
  const parts = path.split('.')
  const key = parts.pop() as string
  let parent: Doc = doc
  for (const part of parts) {
    const child = parent[part]
    if (typeof child !== 'object' || child === null || Array.isArray(child)) {
      if (!create) return null
      parent[part] = {}
    }
    parent = parent[part] as Doc
  }
  return { parent, key }
}

function setPath(doc: Doc, path: string, value: unknown): void {
  const target = parentOf(doc, path, true)
  if (target) target.parent[target.key] = value
}

function unsetPath(doc: Doc, path: string): void {
  const target = parentOf(doc, path, false)
  if (target) delete target.parent[target.key]
}
