import type { FieldPredicate, NormalizedFilter } from '../shared/normalize-filter'
import type { CloudBaseDatabase } from './cloudbase-database'

type Builders = Pick<CloudBaseDatabase, 'command' | 'RegExp'>

/**
 * Translates a normalized filter into a CloudBase `where` condition, or null for "no constraint".
 * Field clauses become one object (`{ 'profile.city': _.eq('x') }`, several operators on one field
 * joined with `_.and(...)`), and $and/$or become `_.and(...)` / `_.or(...)` around it.
 *
 * Semantics follow the port: $contains is Mongo's equality-against-array (matches when any
 * element equals the value), $containsAny is `_.in`, $search is a case-insensitive RegExp of the
 * escaped text. Plain equality against an array field would also match elements on CloudBase but
 * not on SQLite, which is why the port says to use $contains for arrays.
 */
export function filterToCloudBase(filter: NormalizedFilter, db: Builders): object | null {
  const _ = db.command
  const parts: object[] = []
  if (filter.fields.length > 0) {
    const fields: Record<string, object> = {}
    for (const clause of filter.fields) {
      const commands = clause.predicates.map((p) => predicateToCommand(p, db))
      fields[clause.path] = commands.length === 1 ? commands[0] : _.and(...commands)
    }
    parts.push(fields)
  }
  for (const child of filter.and) {
    const condition = filterToCloudBase(child, db)
    if (condition) parts.push(condition)
  }
  if (filter.or) {
    const children = filter.or.map((child) => filterToCloudBase(child, db))
    if (children.length === 0) parts.push(matchNothing(db))
    // A branch without constraints makes the whole $or true: then it adds nothing.
    else if (children.every((c): c is object => c !== null)) parts.push(_.or(...children))
  }
  if (parts.length === 0) return null
  return parts.length === 1 ? parts[0] : _.and(...parts)
}

/** Every document has an `_id`, so this matches none. */
export function matchNothing(db: Builders): object {
  return { _id: db.command.exists(false) }
}

/** For `update`/`remove` over a whole collection, where an empty condition is not a safe bet. */
export function matchEverything(db: Builders): object {
  return { _id: db.command.exists(true) }
}

function predicateToCommand(predicate: FieldPredicate, db: Builders): object {
  const _ = db.command
  switch (predicate.op) {
    case 'eq':
    case 'contains':
      return _.eq(predicate.value)
    case 'ne':
      return _.neq(predicate.value)
    case 'gt':
      return _.gt(predicate.value)
    case 'gte':
      return _.gte(predicate.value)
    case 'lt':
      return _.lt(predicate.value)
    case 'lte':
      return _.lte(predicate.value)
    case 'in':
    case 'containsAny':
      return _.in(predicate.values)
    case 'nin':
      return _.nin(predicate.values)
    case 'exists':
      return _.exists(predicate.value)
    case 'search':
      return db.RegExp({ regexp: escapeRegExp(predicate.value), options: 'i' })
  }
}

/** Makes every character of `text` literal in a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
}
