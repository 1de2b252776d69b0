import { conflict } from '../../core/app-error'
import { newId } from '../../core/new-id'
import type { DocumentStore } from '../../ports/document-store'
import { claimKey } from '../shared/unique-claims'
import { agencyRepository } from './agency-repository'

/** How far past the current maximum a claimer searches before giving up (others are claiming too). */
const MAX_SKIPS = 200

/**
 * `count` list numbers (序号) no other agency has or will get: from the current maximum + 1 upward,
 * each number is claimed by an id-keyed document, skipping numbers a concurrent create took.
 * A number whose create then fails stays unused (a gap), never doubled.
 */
export async function claimAgencySeqs(store: DocumentStore, count: number, now: Date): Promise<number[]> {
  const claimer = newId('seqclaim')
  const seqs: number[] = []
  let next = (await agencyRepository(store).maxSeq()) + 1
  for (let skipped = 0; seqs.length < count && skipped <= MAX_SKIPS; next++) {
    if ((await claimKey(store, `agency-seq:${next}`, claimer, now)).ok) seqs.push(next)
    else skipped++
  }
  if (seqs.length < count) throw conflict('同时新增机构的操作过多，请稍后重试')
  return seqs
}
