/**
 * The one route map of the app. `app.config.ts` builds its page list and subpackages from it and
 * navigation takes only these constants, so a page cannot be linked without being registered.
 * This file is read at build time by Taro as well: keep it free of runtime imports.
 */

/** Tab pages: they must stay in the main package. Order here is the tab bar order. */
const TAB_PAGES = {
  home: 'pages/home/index',
  report: 'pages/report/index',
  booking: 'pages/booking/index',
  mine: 'pages/mine/index',
} as const

/** Everything else lives in subpackages, keyed by subpackage root, to keep the main package small. */
const SUBPACKAGES = {
  'packages/account': {
    signIn: 'sign-in/index',
    privacy: 'privacy/index',
    profile: 'profile/index',
    enterpriseApply: 'enterprise-apply/index',
    myApplications: 'my-applications/index',
    // Join-request notices link here: keep the path stable.
    joinRequests: 'join-requests/index',
    enterpriseEdit: 'enterprise-edit/index',
  },
  'packages/staff': {
    staffApplications: 'applications/index',
    staffApplicationDetail: 'application-detail/index',
  },
  'packages/directory': {
    agencies: 'agencies/index',
    agencyDetail: 'agency-detail/index',
    experts: 'experts/index',
    expertDetail: 'expert-detail/index',
  },
  'packages/directory-admin': {
    directoryAdmin: 'index/index',
    agencyEdit: 'agency-edit/index',
    agencyRevisions: 'agency-revisions/index',
    expertEdit: 'expert-edit/index',
    directoryTransfer: 'transfer/index',
    workingCalendar: 'calendar/index',
  },
  'packages/alerts': {
    alertFeed: 'feed/index',
    // The push template and message center link here: keep in step with the alert_published page.
    alertDetail: 'detail/index',
    alertSubscription: 'subscription/index',
    messageCenter: 'messages/index',
  },
  'packages/alerts-admin': {
    alertAdminList: 'list/index',
    alertEditor: 'editor/index',
    alertStats: 'stats/index',
    deliveryProblems: 'delivery-problems/index',
    linkDomains: 'link-domains/index',
  },
  'packages/reports': {
    reportNew: 'new/index',
    myReports: 'mine/index',
    // Report notifications link here with ?id=<reportId>: keep the path stable.
    reportDetail: 'detail/index',
    assignedReports: 'assigned/index',
    staffReports: 'all/index',
    deadlineRules: 'deadline-rules/index',
    deadlineRuleEdit: 'deadline-rule-edit/index',
  },
  'packages/consultations': {
    consultationProviders: 'providers/index',
    consultationBook: 'book/index',
    // Booking notifications link here with ?id=<bookingId>: keep the path stable.
    consultationDetail: 'detail/index',
    myConsultations: 'mine/index',
    providerConsultations: 'provider/index',
    availabilityEditor: 'availability/index',
    staffConsultations: 'all/index',
  },
  'packages/workbench': {
    workbenchDashboard: 'dashboard/index',
    workbenchRegistry: 'registry/index',
    workbenchAudit: 'audit/index',
    // Invitation codes and their QR link here with ?code=: keep the path stable.
    workbenchRedeem: 'redeem/index',
    workbenchEnterprise: 'enterprise/index',
  },
  'packages/salons': {
    salonList: 'list/index',
    salonDetail: 'detail/index',
    // Salon notifications link here with ?id=<registrationId>: keep the path stable.
    salonTicket: 'ticket/index',
    mySalonRegistrations: 'mine/index',
    salonStaff: 'staff/index',
    salonEditor: 'editor/index',
    salonCheckIn: 'check-in/index',
  },
} as const

type TabPages = typeof TAB_PAGES
type Subpackages = typeof SUBPACKAGES
type SubpackagePageKey = { [R in keyof Subpackages]: keyof Subpackages[R] }[keyof Subpackages]
type SubpackagePath<K extends SubpackagePageKey> = {
  [R in keyof Subpackages]: K extends keyof Subpackages[R] ? `/${R & string}/${Subpackages[R][K] & string}` : never
}[keyof Subpackages]

export type RouteKey = keyof TabPages | SubpackagePageKey
type RouteMap = { [K in keyof TabPages]: `/${TabPages[K]}` } & { [K in SubpackagePageKey]: SubpackagePath<K> }

function buildRoutes(): RouteMap {
  const routes: Record<string, string> = {}
  for (const [key, page] of Object.entries(TAB_PAGES)) routes[key] = `/${page}`
  for (const [root, pages] of Object.entries(SUBPACKAGES)) {
    for (const [key, page] of Object.entries(pages)) routes[key] = `/${root}/${page}`
  }
  // The mapped types above describe exactly what the loops build.
  return routes as RouteMap
}

export const ROUTES: RouteMap = buildRoutes()
export type Route = RouteMap[RouteKey]

const TAB_ROUTES: ReadonlySet<string> = new Set(Object.values(TAB_PAGES).map((page) => `/${page}`))

/** Tab pages are reached with switchTab; every other route with navigateTo / redirectTo. */
export function isTabRoute(route: string): boolean {
  return TAB_ROUTES.has(route.split('?')[0])
}

/** True when `path` (with or without a leading slash or query) is a registered route. */
export function isKnownRoute(path: string): path is Route {
  const bare = `/${path.split('?')[0].replace(/^\/+/, '')}`
  return Object.values(ROUTES).some((route) => route === bare)
}

/** Page list for app.config: tab pages first, home first of all (the entry page). */
export function mainPackagePages(): string[] {
  return Object.values(TAB_PAGES)
}

export function subpackageConfigs(): { root: string; pages: string[] }[] {
  return Object.entries(SUBPACKAGES).map(([root, pages]) => ({ root, pages: Object.values(pages) }))
}

export const TAB_BAR_ITEMS: { pagePath: TabPages[keyof TabPages]; text: string; icon: string }[] = [
  { pagePath: TAB_PAGES.home, text: '首页', icon: 'home' },
  { pagePath: TAB_PAGES.report, text: '上报', icon: 'report' },
  { pagePath: TAB_PAGES.booking, text: '预约', icon: 'booking' },
  { pagePath: TAB_PAGES.mine, text: '我的', icon: 'mine' },
]
