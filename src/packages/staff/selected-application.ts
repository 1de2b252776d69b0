import type { EnterpriseApplication } from '../../../types/users/schemas'

/**
 * Hands the tapped application from the list to the detail page (both run in the same JS context),
 * so opening it costs no call; a detail page opened any other way loads it with getApplication.
 */
let selected: EnterpriseApplication | null = null

export function selectApplication(application: EnterpriseApplication): void {
  selected = application
}

export function selectedApplication(applicationId: string | undefined): EnterpriseApplication | null {
  return selected && selected.applicationId === applicationId ? selected : null
}
