import type { DocumentStore } from '../../ports/document-store'
import { DEADLINE_RULES, type DeadlineRuleRecord } from './records'
import { SEED_DEADLINE_RULES } from './seed-rules'

/**
 * Inserts the seed rules that do not exist yet (deterministic ids): re-running never overwrites a
 * staff correction. Seeded rows start at revision 1 without a revision record, like seeded agencies.
 */
export async function seedDeadlineRules(store: DocumentStore, now: Date): Promise<number> {
  const at = now.toISOString()
  const rules = store.collection<DeadlineRuleRecord>(DEADLINE_RULES)
  let inserted = 0
  for (const { id, ...fields } of SEED_DEADLINE_RULES) {
    const record: DeadlineRuleRecord = { _id: id, ...fields, revision: 1, createdAt: at, updatedAt: at, createdBy: null, updatedBy: null }
    if (await rules.insertUnlessExists(record)) inserted++
  }
  return inserted
}
