import { hooks } from '@tarojs/runtime'
import Taro from '@tarojs/taro'
import { textScaleFrom, textScaleStyle, type WeChatFontInfo } from './font-scale-factor'

/**
 * The user's WeChat font size, read once at app start and applied to every page, subpackages
 * included. All text sizes are `calc(<size> * var(--font-scale, 1))` (fs() in src/styles/theme.scss).
 *
 * weapp: every page has its own `page` root that no script can style, so the variable goes on the
 * top-level nodes of each page: Taro turns the React tree into setData payloads in hydrate(), and its
 * runtime hook `modifyHydrateData` lets us add the variable to the style of each node whose parent
 * is the page root. (A page root View with its own `style` prop would lose it on a later style
 * update; none has one.)
 * H5: no WeChat setting exists. The variable goes on <html>; `localStorage['text-scale']` (or
 * `?text-scale=2` in the address) simulates the setting, which is how the browser tests render the
 * pages at 200%. Browser zoom works on H5 too (the viewport allows it).
 */
export const H5_TEXT_SCALE_KEY = 'text-scale'

function weChatFontInfo(): WeChatFontInfo | undefined {
  try {
    if (typeof Taro.getAppBaseInfo === 'function') {
      // Taro's typings predate the font fields WeChat returns.
      const info: WeChatFontInfo & object = { ...Taro.getAppBaseInfo() }
      if (info.fontSizeScaleFactor || info.fontSizeSetting) return info
    }
    // Base libraries before 2.20.1 report only fontSizeSetting, through getSystemInfoSync.
    const legacy: WeChatFontInfo = Taro.getSystemInfoSync()
    return legacy
  } catch {
    return undefined
  }
}

function h5SimulatedFontInfo(): WeChatFontInfo | undefined {
  try {
    const fromQuery = new URLSearchParams(window.location.search).get(H5_TEXT_SCALE_KEY)
    const value = Number(fromQuery ?? window.localStorage.getItem(H5_TEXT_SCALE_KEY) ?? '')
    return value > 0 ? { fontSizeScaleFactor: value } : undefined
  } catch {
    return undefined
  }
}

interface HydratedNode {
  parentNode: { nodeName: string } | null
}

/** Adds the scale to the style of a page's top-level node as Taro hydrates it for setData. */
export function pageRootStyleHook(scale: number) {
  const declaration = textScaleStyle(scale)
  return (data: Record<string, unknown>, node: HydratedNode): void => {
    if (node.parentNode?.nodeName !== 'root') return
    const own = typeof data.st === 'string' ? data.st.trim().replace(/;?$/, ';').replace(/^;$/, '') : ''
    data.st = `${own}${declaration}`
  }
}

export let TEXT_SCALE = 1

/** Called once in app.tsx, before any page renders. */
export function installTextScale(): void {
  if (process.env.TARO_ENV === 'h5') {
    TEXT_SCALE = textScaleFrom(h5SimulatedFontInfo())
    document.documentElement.style.setProperty('--font-scale', String(TEXT_SCALE))
    return
  }
  TEXT_SCALE = textScaleFrom(weChatFontInfo())
  if (TEXT_SCALE !== 1) hooks.tap('modifyHydrateData', pageRootStyleHook(TEXT_SCALE))
}
