import type { Expert, ExpertSummary } from '../../../types/experts/schemas'
import type { ExpertRecord } from './records'

/** `curator`: staff and admins also see how the expert is run (linked account, capacity, status note). */
export function toExpertView(record: ExpertRecord, curator: boolean): Expert {
  const internal = curator ? { userId: record.userId, maxOpenCases: record.maxOpenCases, statusReason: record.statusReason } : {}
  return {
    ...internal,
    expertId: record._id,
    name: record.name,
    title: record.title,
    affiliation: record.affiliation,
    ipTypes: record.ipTypes,
    serviceTypes: record.serviceTypes,
    countries: record.countries,
    languages: record.languages,
    yearsOverseasExperience: record.yearsOverseasExperience,
    photoFileId: record.photoFileId,
    intro: record.intro,
    status: record.status,
    revision: record.revision,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  }
}

export function toExpertSummary(record: ExpertRecord): ExpertSummary {
  return {
    expertId: record._id,
    name: record.name,
    title: record.title,
    affiliation: record.affiliation,
    ipTypes: record.ipTypes,
    serviceTypes: record.serviceTypes,
    countries: record.countries,
    languages: record.languages,
    yearsOverseasExperience: record.yearsOverseasExperience,
    photoFileId: record.photoFileId,
    status: record.status,
  }
}
