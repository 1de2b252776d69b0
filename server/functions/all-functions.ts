import type { CloudFunctionDefinition } from '../core/cloud-function'
import type { CollectionSpec } from '../ports/collection-spec'
import { alertsFunction } from './alerts'
import { consultationsFunction } from './consultations'
import { directoryFunction } from './directory'
import { dispatcherFunction } from './dispatcher'
import { reportsFunction } from './reports'
import { salonsFunction } from './salons'
import { usersFunction } from './users'
import { workbenchFunction } from './workbench'
import { calendarFunction } from './calendar'

/** Every cloud function the local gateway hosts (CloudBase deploys each folder separately). */
export const ALL_FUNCTIONS: readonly CloudFunctionDefinition[] = [
  usersFunction,
  directoryFunction,
  alertsFunction,
  dispatcherFunction,
  reportsFunction,
  consultationsFunction,
  workbenchFunction,
  calendarFunction,
  salonsFunction,
]

/** Collections of all functions, for the embedded store's schema and the CloudBase index list. */
export function allCollections(): CollectionSpec[] {
  const specs = new Map<string, CollectionSpec>()
  for (const spec of ALL_FUNCTIONS.flatMap((fn) => fn.collections)) specs.set(spec.name, spec)
  return [...specs.values()]
}
