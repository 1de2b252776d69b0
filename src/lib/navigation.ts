import Taro from '@tarojs/taro'
import { isKnownRoute, isTabRoute, type Route } from '../routes'

export type RouteQuery = Record<string, string | number>

export function withQuery(route: Route, query?: RouteQuery): string {
  if (!query) return route
  const pairs = Object.entries(query).map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
  return pairs.length > 0 ? `${route}?${pairs.join('&')}` : route
}

/** Opens a page on top of the current one (tab pages are switched to: they cannot be stacked). */
export function openRoute(route: Route, query?: RouteQuery): void {
  if (isTabRoute(route)) {
    void Taro.switchTab({ url: route })
    return
  }
  void Taro.navigateTo({ url: withQuery(route, query) })
}

/** Replaces the current page (used after sign-in, consent and other one-way steps). */
export function replaceRoute(route: Route, query?: RouteQuery): void {
  if (isTabRoute(route)) {
    void Taro.switchTab({ url: route })
    return
  }
  void Taro.redirectTo({ url: withQuery(route, query) })
}

/** Goes back one page, or to `fallback` when this page was opened directly (e.g. an H5 reload). */
export function goBackOr(fallback: Route): void {
  if (Taro.getCurrentPages().length > 1) {
    void Taro.navigateBack()
    return
  }
  replaceRoute(fallback)
}

/** The registered route of the page on screen, without its query. */
export function currentRoute(): Route | null {
  const path = Taro.getCurrentInstance().router?.path ?? ''
  const bare = `/${path.split('?')[0].replace(/^\/+/, '')}`
  return isKnownRoute(bare) ? bare : null
}

/** Reads a `redirect` query value back into a route, refusing anything not in the route map. */
export function routeFromParam(value: string | undefined): Route | null {
  if (!value) return null
  const decoded = decodeURIComponent(value)
  const bare = `/${decoded.split('?')[0].replace(/^\/+/, '')}`
  return isKnownRoute(bare) ? bare : null
}
