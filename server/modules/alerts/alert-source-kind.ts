/**
 * The outbox `sourceKind` of alert notifications. Its own file so readers of the outbox (the
 * workbench dashboard) get the constant without alert-push.ts, whose content schemas would be
 * built at every cold start of their function.
 */
export const ALERT_SOURCE_KIND = 'alert'
