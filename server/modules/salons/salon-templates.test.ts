import { isKnownRoute, ROUTES } from '../../../src/routes'
import { buildPushMessage } from '../messaging/push-fields/build-push-message'
import { loadTemplateConfig, templateFor } from '../messaging/template-config'
import { TICKET_PAGE } from './salon-notices'

const config = loadTemplateConfig(undefined, 'development')

describe('salon subscribe templates', () => {
  it('open the e-ticket page, which is a registered route', () => {
    expect(`/${TICKET_PAGE}`).toBe(ROUTES.salonTicket)
    for (const key of ['salon_status_changed', 'salon_reminder'] as const) {
      const page = templateFor(config, key)!.page!
      expect(page.split('?')[0]).toBe(TICKET_PAGE)
      expect(isKnownRoute(page.replace('{registrationId}', 'sreg_1'))).toBe(true)
    }
  })

  it('fit WeChat keyword limits for a long title, a waiting-list notice and an online session', () => {
    const status = buildPushMessage(config, templateFor(config, 'salon_status_changed')!, 'openid-1', {
      registrationId: 'sreg_1',
      sessionTitle: '美国商标维权实务沙龙：亚马逊投诉应对与申诉全流程讲解',
      statusLabel: '席位待确认',
      note: '有席位空出，已为王联络保留至 2026-11-26 10:00，请在此之前确认',
      startsAt: '2026-11-28T01:30:00.000Z',
    })
    expect(status.page).toBe('packages/salons/ticket/index?id=sreg_1')
    expect(status.data).toEqual({
      thing1: { value: '美国商标维权实务沙龙：亚马逊投诉应对与…' },
      phrase2: { value: '席位待确认' },
      thing3: { value: '有席位空出，已为王联络保留至 2026…' },
      time4: { value: '2026年11月28日 09:30' },
    })
    const reminder = buildPushMessage(config, templateFor(config, 'salon_reminder')!, 'openid-1', {
      registrationId: 'sreg_1',
      sessionTitle: '欧盟外观设计保护培训',
      startsAt: '2026-12-02T01:30:00.000Z',
      placeName: '',
      attendeeName: '访客甲',
    })
    expect(reminder.data).toEqual({
      thing1: { value: '欧盟外观设计保护培训' },
      time2: { value: '2026年12月2日 09:30' },
      thing3: { value: '线上活动，详见电子票' },
      thing4: { value: '访客甲' },
    })
  })
})
