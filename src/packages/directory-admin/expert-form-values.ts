import type { IpTypeCode } from '../../../types/catalog/ip-types'
import type { LanguageCode } from '../../../types/catalog/languages'
import type { RegionCode } from '../../../types/catalog/regions'
import type { ServiceTypeCode } from '../../../types/catalog/service-types'
import type { Expert } from '../../../types/experts/schemas'

/** The expert editor's form: text as typed (numbers too), so a draft keeps exactly what was entered. */
export interface ExpertFormValues {
  name: string
  title: string
  affiliation: string
  ipTypes: IpTypeCode[]
  serviceTypes: ServiceTypeCode[]
  countries: RegionCode[]
  languages: LanguageCode[]
  yearsOverseasExperience: string
  intro: string
  maxOpenCases: string
}

export const EMPTY: ExpertFormValues = {
  name: '',
  title: '',
  affiliation: '',
  ipTypes: [],
  serviceTypes: [],
  countries: [],
  languages: ['zh'],
  yearsOverseasExperience: '',
  intro: '',
  maxOpenCases: '5',
}

export function valuesOf(expert: Expert): ExpertFormValues {
  return {
    name: expert.name,
    title: expert.title,
    affiliation: expert.affiliation,
    ipTypes: [...expert.ipTypes],
    serviceTypes: [...expert.serviceTypes],
    countries: [...expert.countries],
    languages: [...expert.languages],
    yearsOverseasExperience: String(expert.yearsOverseasExperience),
    intro: expert.intro ?? '',
    maxOpenCases: String(expert.maxOpenCases),
  }
}

/** Blank number fields become NaN, which the schema reports with its own message. */
export function numberOf(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text.trim())
}
