import type { IpTypeCode } from '../catalog/ip-types'
import type { ServiceTypeCode } from '../catalog/service-types'
import type { DeadlineProcedure } from './schemas'

/** Legal deadlines apply to squatting and dispute reports, and to any patent matter. */
export function takesLegalDeadline(report: { serviceType: ServiceTypeCode | null; ipType: IpTypeCode | null }): boolean {
  return report.serviceType === 'trademark_squatting' || report.serviceType === 'dispute_response' || report.ipType === 'patent'
}

/** Trademark oppositions for trademark reports, the patent procedures for patent reports. */
export function procedureFitsIpType(procedure: DeadlineProcedure, ipType: IpTypeCode | null): boolean {
  return procedure === 'trademark_opposition' ? ipType === 'trademark' : ipType === 'patent'
}
