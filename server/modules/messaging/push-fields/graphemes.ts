/**
 * Text measuring for push fields. WeChat counts characters, not bytes; we count Unicode code points
 * (a CJK character or a simple emoji is one, a flag or family emoji several) and only ever cut
 * between grapheme clusters, so an emoji sequence is kept whole or dropped whole and never leaves
 * a broken half (a lone surrogate or a dangling joiner) that WeChat would reject.
 */
// Created on first use: building a segmenter loads ICU break data (~15 ms), which every function
// that merely links the messaging code would otherwise pay at each cold start.
let segmenter: Intl.Segmenter | null = null

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
// Controls (incl. line breaks and tabs), the line/paragraph separators and BOM become spaces.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/g

export function codePointLength(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}

export function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh-Hans', { granularity: 'grapheme' })
  return Array.from(segmenter.segment(text), (s) => s.segment)
}

/** One line of well-formed text: no controls, no lone surrogates, single spaces, trimmed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(LONE_SURROGATE, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim()
}

/**
 * At most `max` code points, cut at a grapheme boundary; when something is cut, `ellipsis` is
 * appended inside the budget. Trailing spaces before the ellipsis are dropped.
 */
export function truncateGraphemes(text: string, max: number, ellipsis = ''): string {
  if (codePointLength(text) <= max) return text
  const budget = max - codePointLength(ellipsis)
  let kept = ''
  let used = 0
  for (const g of graphemes(text)) {
    const size = codePointLength(g)
    if (used + size > budget) break
    kept += g
    used += size
  }
  return kept.trimEnd() + ellipsis
}
