/** Cloud function names: the deploy units under `cloudfunctions/`. Never call a function by a bare string. */
export const FUNCTION_NAMES = {
  users: 'users',
  directory: 'directory',
  alerts: 'alerts',
  dispatcher: 'dispatcher',
  reports: 'reports',
  consultations: 'consultations',
  workbench: 'workbench',
  calendar: 'calendar',
  salons: 'salons',
} as const

export type FunctionName = (typeof FUNCTION_NAMES)[keyof typeof FUNCTION_NAMES]
