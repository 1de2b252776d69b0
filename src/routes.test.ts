import { isKnownRoute, isTabRoute, mainPackagePages, ROUTES, subpackageConfigs, TAB_BAR_ITEMS } from './routes'

describe('route map', () => {
  it('keeps every tab page in the main package, home first', () => {
    expect(mainPackagePages()[0]).toBe('pages/home/index')
    for (const item of TAB_BAR_ITEMS) expect(mainPackagePages()).toContain(item.pagePath)
  })

  it('builds each route from its subpackage root and page', () => {
    expect(ROUTES.enterpriseApply).toBe('/packages/account/enterprise-apply/index')
    expect(ROUTES.staffApplicationDetail).toBe('/packages/staff/application-detail/index')
    const registered = subpackageConfigs().flatMap(({ root, pages }) => pages.map((page) => `/${root}/${page}`))
    expect(registered).toContain(ROUTES.signIn)
  })

  it('registers every route exactly once', () => {
    const all = [
      ...mainPackagePages().map((page) => `/${page}`),
      ...subpackageConfigs().flatMap(({ root, pages }) => pages.map((page) => `/${root}/${page}`)),
    ]
    expect(new Set(all).size).toBe(all.length)
    expect(new Set(Object.values(ROUTES))).toEqual(new Set(all))
  })

  it('tells tab routes apart, ignoring a query', () => {
    expect(isTabRoute(ROUTES.mine)).toBe(true)
    expect(isTabRoute(`${ROUTES.mine}?from=x`)).toBe(true)
    expect(isTabRoute(ROUTES.privacy)).toBe(false)
  })

  it('accepts only registered routes (redirect targets come from the URL)', () => {
    expect(isKnownRoute('packages/account/privacy/index')).toBe(true)
    expect(isKnownRoute('/packages/account/privacy/index?redirect=x')).toBe(true)
    expect(isKnownRoute('https://example.com/pages/home/index')).toBe(false)
    expect(isKnownRoute('/pages/unknown/index')).toBe(false)
  })
})
