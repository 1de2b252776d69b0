/**
 * The text scale the app applies, from what WeChat reports about the user's font size
 * (我 › 设置 › 通用 › 字体大小). Pure, so it is tested without a WeChat runtime.
 */
export interface WeChatFontInfo {
  /** getAppBaseInfo (base library ≥ 2.20.1): 1 at the standard size. */
  fontSizeScaleFactor?: number
  /** The chosen size in px (getAppBaseInfo ≥ 2.23.4; getSystemInfoSync on older libraries). */
  fontSizeSetting?: number
}

/** WeChat's standard font size on iOS; Android's standard (16) then maps to no enlargement. */
export const STANDARD_FONT_SIZE_PX = 17
/** Smaller than standard would push body text under the 15 px floor; beyond 2× layouts stop making sense. */
export const MIN_TEXT_SCALE = 1
export const MAX_TEXT_SCALE = 2

function finitePositive(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0
}

export function clampTextScale(scale: number): number {
  if (!finitePositive(scale)) return 1
  // Two decimals keep the inline style short and stable.
  return Math.round(Math.min(MAX_TEXT_SCALE, Math.max(MIN_TEXT_SCALE, scale)) * 100) / 100
}

export function textScaleFrom(info: WeChatFontInfo | undefined): number {
  if (!info) return 1
  if (finitePositive(info.fontSizeScaleFactor)) return clampTextScale(info.fontSizeScaleFactor)
  if (finitePositive(info.fontSizeSetting)) return clampTextScale(info.fontSizeSetting / STANDARD_FONT_SIZE_PX)
  return 1
}

/** The style declaration carried by each page's top-level nodes: all text sizes read --font-scale. */
export function textScaleStyle(scale: number): string {
  return `--font-scale: ${clampTextScale(scale)}`
}
