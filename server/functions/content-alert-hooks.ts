import { alertLifecycleHooks } from '../modules/alerts/alert-lifecycle-hooks'
import { stopAlertDeliveries } from '../modules/alerts/stop-alert-deliveries'
import type { ContentLifecycleHooks } from '../modules/content/content-hooks'

/**
 * Content publishing → alerts, connected here rather than by content importing alerts: the alert
 * announcement is written in the publishing transaction (planned for fan-out if and only if the
 * publication committed), and after a withdrawal commits its pending sends are cancelled at once
 * (the alerts tick still reconciles anything this misses, e.g. a crash right after the commit).
 */
export const contentAlertHooks: ContentLifecycleHooks = {
  ...alertLifecycleHooks,
  afterWithdrawn: async (store, content, now) => {
    await stopAlertDeliveries(store, content._id, now)
  },
}
