import type { IndustryCode } from '../../../../types/catalog/industries'
import type { RegionCode } from '../../../../types/catalog/regions'
import type { EnterpriseApplication } from '../../../../types/users/schemas'

/** What the form holds while being filled in; the contract's schema decides if it is valid. */
export interface ApplicationFormValues {
  enterpriseName: string
  creditCode: string
  industry: IndustryCode | null
  exportMarkets: RegionCode[]
  liaisonName: string
  mobile: string
}

export type ApplicationField = keyof ApplicationFormValues

export const EMPTY_FORM: ApplicationFormValues = {
  enterpriseName: '',
  creditCode: '',
  industry: null,
  exportMarkets: [],
  liaisonName: '',
  mobile: '',
}

/** After a rejection the applicant corrects the earlier answers instead of typing them again. */
export function valuesFromRejected(application: EnterpriseApplication): ApplicationFormValues {
  return {
    enterpriseName: application.enterpriseName,
    creditCode: application.creditCode,
    industry: application.industry,
    exportMarkets: [...application.exportMarkets],
    liaisonName: application.liaisonName,
    // Only the masked number is known here; the applicant types it again.
    mobile: '',
  }
}
