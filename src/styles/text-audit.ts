import postcss, { type Rule } from 'postcss'

/**
 * Readability rules for the compiled stylesheets (plain CSS after Sass), so large, high-contrast
 * text cannot quietly regress (适老化):
 * - every font-size follows the user's WeChat font size: `calc(<n>px * var(--font-scale, 1))`
 *   (fs() in theme.scss) with n ≥ 30 design px, i.e. ≥ 15 CSS px on a 375-wide phone;
 *   a decorative glyph inside a fixed-size circle may opt out with a `text-scale: fixed glyph` comment;
 * - every text colour reaches 4.5:1 against its background: the background declared in the same
 *   rule (every colour of a gradient), else a `text-on: <colours>` comment naming what the text
 *   sits on, else both white cards and the grey page background. A glyph that is a graphic, not
 *   text (rating stars), says `non-text` and needs 3:1.
 */
export const MIN_FONT_DESIGN_PX = 30
export const MIN_TEXT_CONTRAST = 4.5
export const MIN_GRAPHIC_CONTRAST = 3
/** White cards and $color-background, what un-annotated text sits on. */
export const DEFAULT_BACKGROUNDS = ['#ffffff', '#f4f6fb']

export interface TextProblem {
  selector: string
  problem: string
}

type Rgba = [number, number, number, number]

const COLOUR = /#[0-9a-f]{3,8}\b|rgba?\([^)]*\)|\bwhite\b|\bblack\b/gi

export function parseColour(text: string): Rgba | null {
  const value = text.trim().toLowerCase()
  if (value === 'white') return [255, 255, 255, 1]
  if (value === 'black') return [0, 0, 0, 1]
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value)
  if (hex) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1]
    return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)).concat(1) as Rgba
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(value)
  if (fn) {
    const parts = fn[1].split(/[\s,/]+/).filter(Boolean).map(Number)
    if (parts.length >= 3 && parts.every((n) => Number.isFinite(n))) return [parts[0], parts[1], parts[2], parts[3] ?? 1]
  }
  return null
}

/** A translucent colour as seen over an opaque one. */
function over([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba {
  return [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a), 1]
}

function luminance([r, g, b]: Rgba): number {
  const [lr, lg, lb] = [r, g, b].map((c) => {
    const v = c / 255
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb
}

/** WCAG 2 contrast ratio of a text colour over a background (translucency composited on white). */
export function contrastRatio(text: string, background: string): number {
  const white: Rgba = [255, 255, 255, 1]
  const back = parseColour(background)
  const fore = parseColour(text)
  if (!back || !fore) throw new Error(`not a colour: ${!back ? background : text}`)
  const opaqueBack = over(back, white)
  const [a, b] = [luminance(over(fore, opaqueBack)), luminance(opaqueBack)]
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
}

function comments(rule: Rule): string[] {
  return (rule.nodes ?? []).flatMap((node) => (node.type === 'comment' ? [node.text] : []))
}

function backgroundsOf(rule: Rule): string[] {
  const annotated = comments(rule)
    .map((text) => /text-on:\s*(.+)/i.exec(text)?.[1])
    .find(Boolean)
  if (annotated) return annotated.match(COLOUR) ?? []
  const declared: string[] = []
  rule.walkDecls(/^background(-color)?$/, (decl) => {
    if (decl.parent === rule) declared.push(...(decl.value.match(COLOUR) ?? []))
  })
  return declared.length > 0 ? declared : DEFAULT_BACKGROUNDS
}

const SCALED_SIZE = /^calc\(\s*(\d+(?:\.\d+)?)px\s*\*\s*var\(--font-scale,\s*1\)\s*\)$/

export function textProblems(css: string): { problems: TextProblem[]; checked: number } {
  const problems: TextProblem[] = []
  let checked = 0
  postcss.parse(css).walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as { name: string }).name)) return
    const notes = comments(rule).join(' ')
    const glyph = /text-scale:\s*fixed glyph/i.test(notes)
    const graphic = /\bnon-text\b/i.test(notes)
    for (const node of rule.nodes ?? []) {
      if (node.type !== 'decl') continue
      if (node.prop === 'font-size') {
        checked += 1
        const scaled = SCALED_SIZE.exec(node.value)
        if (scaled && Number(scaled[1]) < MIN_FONT_DESIGN_PX) {
          problems.push({ selector: rule.selector, problem: `font-size ${scaled[1]}px is below ${MIN_FONT_DESIGN_PX}px (15 CSS px)` })
        } else if (!scaled && !glyph) {
          problems.push({ selector: rule.selector, problem: `font-size ${node.value} does not follow --font-scale (use fs())` })
        }
      }
      if (node.prop === 'color') {
        if (!parseColour(node.value)) continue // inherit, currentColor, transparent
        checked += 1
        const floor = graphic ? MIN_GRAPHIC_CONTRAST : MIN_TEXT_CONTRAST
        for (const background of backgroundsOf(rule)) {
          const ratio = contrastRatio(node.value, background)
          if (ratio < floor) {
            problems.push({ selector: rule.selector, problem: `${node.value} on ${background} is ${ratio.toFixed(2)}:1, below ${floor}:1` })
          }
        }
      }
    }
  })
  return { problems, checked }
}
