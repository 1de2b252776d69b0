import { normalizeUpdate } from '../shared/normalize-update'
import { cmd, FakeCloudBaseDatabase } from './fake-cloudbase-database'
import { updateToCloudBase } from './update-to-cloudbase'

describe('updateToCloudBase', () => {
  it('builds one explicit command per field', () => {
    const { command } = new FakeCloudBaseDatabase()
    const steps = normalizeUpdate({
      $set: { 'profile.name': 'x', settings: { a: 1 } },
      $unset: ['old'],
      $inc: { count: -1 },
      $push: { log: ['e1', 'e2'] },
      $addToSet: { tags: ['t'] },
      $pull: { queue: ['q1', 'q2'] },
    })
    expect(updateToCloudBase(steps, command)).toEqual({
      'profile.name': cmd('set', 'x'),
      // _.set, not a plain object: a plain object would be merged into the stored one.
      settings: cmd('set', { a: 1 }),
      old: cmd('remove'),
      count: cmd('inc', -1),
      log: cmd('push', ['e1', 'e2']),
      tags: cmd('addToSet', { $each: ['t'] }),
      queue: cmd('pull', cmd('in', ['q1', 'q2'])),
    })
  })
})
