import type { Expert, ExpertSummary } from '../../../types/experts/schemas'
import type { ExpertRecord } from './records'

export function toExpertView(record: ExpertRecord): Expert {
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
    intro: record.intro,
    userId: record.userId,
    maxOpenCases: record.maxOpenCases,
    status: record.status,
    statusReason: record.statusReason,
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
