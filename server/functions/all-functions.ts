import type { CloudFunctionDefinition } from '../core/cloud-function'
import type { CollectionSpec } from '../ports/collection-spec'
import { DIRECTORY_COLLECTIONS } from '../modules/directory/records'
import { usersFunction } from './users'

/** Every cloud function the local gateway hosts (CloudBase deploys each folder separately). */
export const ALL_FUNCTIONS: readonly CloudFunctionDefinition[] = [usersFunction]

/** Collections of all functions, plus those only seeded so far, for the embedded store's schema. */
export function allCollections(): CollectionSpec[] {
  const specs = new Map<string, CollectionSpec>()
  for (const spec of [...ALL_FUNCTIONS.flatMap((fn) => fn.collections), ...DIRECTORY_COLLECTIONS]) specs.set(spec.name, spec)
  return [...specs.values()]
}
