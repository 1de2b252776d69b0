import type { EnterpriseApplication } from '../../../types/users/schemas'

/**
 * Hands the tapped application from the list to the detail page. There is no "get one application"
 * action yet, and both pages run in the same JS context, so the list passes what it already holds.
 * A detail page opened any other way (an H5 reload) finds nothing and sends the user to the list.
 */
let selected: EnterpriseApplication | null = null

export function selectApplication(application: EnterpriseApplication): void {
  selected = application
}

export function selectedApplication(applicationId: string | undefined): EnterpriseApplication | null {
  return selected && selected.applicationId === applicationId ? selected : null
}
