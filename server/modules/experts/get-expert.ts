import { notFound } from '../../core/app-error'
import type { DocumentStore } from '../../ports/document-store'
import { expertRepository } from './expert-repository'
import type { ExpertRecord } from './records'

/** Enterprises see available experts; staff see everyone in the pool. */
export async function getExpert(store: DocumentStore, expertId: string, staffView: boolean): Promise<ExpertRecord> {
  const record = await expertRepository(store).get(expertId)
  if (!record || (record.status !== 'active' && !staffView)) throw notFound('该专家暂不接受咨询，请返回专家库查看其他专家')
  return record
}
