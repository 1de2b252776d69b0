import vm from 'node:vm'
import { UniqueConstraintError } from '../shared/unique-constraint-error'
import { fromSqliteError, isPrimaryKeyViolation, SqliteStoreError } from './sqlite-errors'

/** An error object made in another realm, as better-sqlite3's native side can hand us. */
function foreign(source: string): unknown {
  return vm.runInNewContext(source)
}

describe('fromSqliteError', () => {
  it('maps unique-index violations to UniqueConstraintError, keeping the original as cause', () => {
    const raw = foreign(`Object.assign(new Error("UNIQUE constraint failed: index 'ux'"), { code: 'SQLITE_CONSTRAINT_UNIQUE' })`)
    const mapped = fromSqliteError(raw, 'users')
    expect(mapped).toBeInstanceOf(UniqueConstraintError)
    expect(mapped).toMatchObject({ collection: 'users', cause: raw })
  })

  it('maps other SQLite failures to SqliteStoreError with the code', () => {
    const mapped = fromSqliteError(foreign(`Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' })`), 'x')
    expect(mapped).toBeInstanceOf(SqliteStoreError)
    expect(mapped).toMatchObject({ code: 'SQLITE_BUSY', message: 'database is locked' })
  })

  it('recreates foreign-realm TypeErrors locally and leaves local errors alone', () => {
    const mapped = fromSqliteError(foreign(`new TypeError('The database connection is not open')`), 'x')
    expect(mapped).toBeInstanceOf(TypeError)
    const local = new RangeError('ours')
    expect(fromSqliteError(local, 'x')).toBe(local)
  })

  it('recognises primary-key violations by code', () => {
    expect(isPrimaryKeyViolation({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' })).toBe(true)
    expect(isPrimaryKeyViolation({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBe(false)
    expect(isPrimaryKeyViolation(null)).toBe(false)
  })
})
