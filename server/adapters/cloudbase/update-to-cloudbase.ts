import type { UpdateStep } from '../shared/normalize-update'
import type { CloudBaseCommand } from './cloudbase-database'

/**
 * Builds the `data` of a CloudBase update from validated steps. Every step uses an explicit
 * command: in particular `$set` uses `_.set(value)`, because a plain object in update data is
 * merged field by field into the stored object, while the port's $set replaces the value.
 */
export function updateToCloudBase(steps: readonly UpdateStep[], _: CloudBaseCommand): Record<string, object> {
  const data: Record<string, object> = {}
  for (const step of steps) {
    switch (step.kind) {
      case 'set':
        data[step.path] = _.set(step.value)
        break
      case 'unset':
        data[step.path] = _.remove()
        break
      case 'inc':
        data[step.path] = _.inc(step.by)
        break
      case 'push':
        data[step.path] = _.push(step.values)
        break
      case 'addToSet':
        data[step.path] = _.addToSet({ $each: step.values })
        break
      case 'pull':
        data[step.path] = _.pull(_.in(step.values))
        break
    }
  }
  return data
}
