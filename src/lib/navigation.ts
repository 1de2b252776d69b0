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

/** A page and its query, e.g. the page to return to after signing in. */
export interface RouteLocation {
  route: Route
  query: RouteQuery
}

/** Query keys the H5 router adds by itself: not part of what the page was opened with. */
const ROUTER_NOISE = /^(\$|stamp$|__key_)/

/** The page on screen with the query it was opened with (a report link keeps its id). */
export function currentLocation(): RouteLocation | null {
  const route = currentRoute()
  if (!route) return null
  const params = Taro.getCurrentInstance().router?.params ?? {}
  const query: RouteQuery = {}
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' && !ROUTER_NOISE.test(key)) query[key] = value
  }
  return { route, query }
}

export function locationToParam(location: RouteLocation): string {
  return withQuery(location.route, location.query)
}

/**
 * Reads a `redirect` query value back into a page and its query, refusing any page not in the route
 * map. The value arrives encoded once (by withQuery) or already decoded, depending on the platform.
 */
export function locationFromParam(value: string | undefined): RouteLocation | null {
  if (!value) return null
  let text = value
  if (!text.includes('/')) {
    try {
      text = decodeURIComponent(text)
    } catch {
      return null
    }
  }
  const [path, search = ''] = text.split(/\?(.*)/s)
  const route = routeFromParam(path)
  if (!route) return null
  const query: RouteQuery = {}
  for (const pair of search.split('&')) {
    const [key, raw = ''] = pair.split(/=(.*)/s)
    if (!key) continue
    try {
      query[key] = decodeURIComponent(raw)
    } catch {
      return null
    }
  }
  return { route, query }
}
