import type { DeadlineRuleFields } from '../../../types/deadlines/schemas'
import type { CollectionSpec } from '../../ports/collection-spec'
import type { VersionedRecord } from '../revisions/records'

export const DEADLINE_RULES = 'deadline_rules'

/** One office × procedure rule; staff edits go through the revisions module (one revision each). */
export type DeadlineRuleRecord = VersionedRecord & DeadlineRuleFields

export const DEADLINES_COLLECTIONS: CollectionSpec[] = [{ name: DEADLINE_RULES, indexes: [{ fields: [['office', 'asc'], ['procedure', 'asc']] }] }]
