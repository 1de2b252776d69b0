import { notFound } from '../../core/app-error'
import type { DocumentStore } from '../../ports/document-store'
import { agencyRepository } from './agency-repository'
import type { AgencyRecord } from './records'

/** A suspended agency is hidden from everyone but staff, as if it were not in the directory. */
export async function getAgency(store: DocumentStore, agencyId: string, staffView: boolean): Promise<AgencyRecord> {
  const record = await agencyRepository(store).get(agencyId)
  if (!record || (record.status !== 'active' && !staffView)) throw notFound('该机构不在名录中或已暂停服务，请返回名录查看其他机构')
  return record
}
