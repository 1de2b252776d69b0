import type { RouteQuery } from '../../lib/navigation'
import { ROUTES, type Route } from '../../routes'

/**
 * The service grid of the home page. Flip `available` (and give a `route`) as each service ships;
 * unavailable entries show 「即将上线」 and only explain themselves when tapped.
 */
export interface ServiceEntry {
  key: string
  title: string
  /** One character shown in the round icon. */
  glyph: string
  description: string
  available: boolean
  route?: Route
  /** Opens the route with this query (e.g. the feed filtered to one kind). */
  query?: RouteQuery
}

export const SERVICE_ENTRIES: readonly ServiceEntry[] = [
  {
    key: 'enterprise',
    title: '企业登记',
    glyph: '企',
    description: '登记出口企业',
    available: true,
    route: ROUTES.enterpriseApply,
  },
  {
    key: 'agencies',
    title: '服务机构名录',
    glyph: '构',
    description: '海外维权服务机构',
    available: true,
    route: ROUTES.agencies,
  },
  { key: 'experts', title: '专家库', glyph: '专', description: '知识产权专家', available: true, route: ROUTES.experts },
  { key: 'alerts', title: '预警信息', glyph: '警', description: '海外纠纷风险预警', available: true, route: ROUTES.alertFeed },
  {
    key: 'country-guides',
    title: '国别指南',
    glyph: '国',
    description: '目标市场知识产权指南',
    available: true,
    route: ROUTES.alertFeed,
    query: { kind: 'country_guide' },
  },
  {
    key: 'cases',
    title: '典型案例',
    glyph: '案',
    description: '海外维权典型案例',
    available: true,
    route: ROUTES.alertFeed,
    query: { kind: 'typical_case' },
  },
  { key: 'report', title: '风险上报', glyph: '报', description: '纠纷与风险上报', available: true, route: ROUTES.report },
  { key: 'booking', title: '咨询预约', glyph: '约', description: '预约专家咨询', available: true, route: ROUTES.booking },
  { key: 'salons', title: '培训沙龙', glyph: '训', description: '培训与沙龙报名', available: true, route: ROUTES.salonList },
]
