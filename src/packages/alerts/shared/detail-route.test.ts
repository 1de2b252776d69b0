import templates from '../../../../server/modules/messaging/development-templates.json'
import { isKnownRoute, ROUTES } from '../../../routes'

describe('alert detail route', () => {
  it('is the page the alert push and message-center entries link to', () => {
    const page = templates.templates.alert_published.page
    expect(`/${page.split('?')[0]}`).toBe(ROUTES.alertDetail)
    expect(isKnownRoute(page.replace('{alertId}', 'abc'))).toBe(true)
    expect(ROUTES.alertDetail).toBe('/packages/alerts/detail/index')
  })
})
