import type { Page } from 'playwright-core'

/**
 * Finds text that a large font size would make unreadable on the visible page: text clipped by a box
 * that hides overflow, text spilling out of a fixed-height box, text blocks drawn over each other,
 * text pushed off the side of the screen, and a page that scrolls sideways.
 * Runs in the page; returns one line per problem (empty when the layout holds).
 */
export async function textLayoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const width = window.innerWidth
    const describe = (el: Element) => {
      const testId = el.closest('[data-testid]')?.getAttribute('data-testid')
      const text = (el.textContent ?? '').trim().slice(0, 24)
      return `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').trim().split(/\s+/).join('.')} [${testId ?? ''}] "${text}"`
    }
    const shown = (el: Element) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && el.getClientRects().length > 0
    const ownText = (el: Element) =>
      Array.from(el.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '')
    const floating = (el: Element) => ['absolute', 'fixed'].includes(getComputedStyle(el).position)

    if (document.documentElement.scrollWidth > width + 1) {
      problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px wide on a ${width}px screen`)
    }
    const textElements = Array.from(document.querySelectorAll('body *')).filter((el) => ownText(el) && shown(el))
    for (const el of textElements) {
      const style = getComputedStyle(el)
      const html = el as HTMLElement
      const block = style.display !== 'inline' && style.display !== 'contents'
      if (block && /hidden|clip/.test(style.overflowX) && html.scrollWidth > html.clientWidth + 1) {
        problems.push(`clipped sideways (${html.scrollWidth} > ${html.clientWidth}): ${describe(el)}`)
      }
      if (block && /hidden|clip/.test(style.overflowY) && html.scrollHeight > html.clientHeight + 1) {
        problems.push(`clipped below (${html.scrollHeight} > ${html.clientHeight}): ${describe(el)}`)
      }
      // A fixed height with visible overflow: the text runs into whatever follows.
      if (block && style.overflowY === 'visible' && html.clientHeight > 0 && html.scrollHeight > html.clientHeight + 2) {
        problems.push(`spills out of its box (${html.scrollHeight} > ${html.clientHeight}): ${describe(el)}`)
      }
      // Text cut off by a box further up that hides overflow (an ellipsis, a fixed cell).
      const clipper = (() => {
        for (let node = el.parentElement; node && !node.classList.contains('taro_page'); node = node.parentElement) {
          const overflow = getComputedStyle(node)
          if (/auto|scroll/.test(overflow.overflowX + overflow.overflowY)) return null
          if (/hidden|clip/.test(overflow.overflowX + overflow.overflowY)) return node
        }
        return null
      })()
      if (clipper) {
        const box = clipper.getBoundingClientRect()
        const left = box.left + clipper.clientLeft
        const top = box.top + clipper.clientTop
        for (const node of Array.from(el.childNodes)) {
          if (node.nodeType !== Node.TEXT_NODE || (node.textContent ?? '').trim() === '') continue
          const range = document.createRange()
          range.selectNodeContents(node)
          const cut = Array.from(range.getClientRects()).some(
            (r) => r.width > 0 && (r.right > left + clipper.clientWidth + 1 || r.bottom > top + clipper.clientHeight + 1 || r.left < left - 1 || r.top < top - 1),
          )
          if (cut) problems.push(`cut off by ${describe(clipper)}: ${describe(el)}`)
        }
      }
      const scrollsSideways = (() => {
        for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
          if (/auto|scroll/.test(getComputedStyle(node).overflowX)) return true
        }
        return false
      })()
      for (const rect of scrollsSideways ? [] : Array.from(el.getClientRects())) {
        if (rect.right > width + 1 || rect.left < -1) problems.push(`off screen (${Math.round(rect.left)}–${Math.round(rect.right)}): ${describe(el)}`)
      }
    }
    // No two pieces of text drawn over each other: compare the line boxes of the text itself, not
    // the element boxes (a card may tuck under a banner's padding on purpose). Text in a fixed or
    // absolute layer (tab bar, badges, sheets) floats over the page by design and is left out.
    const inFloatingLayer = (el: Element) => {
      // Stops at the page: Taro positions every page container absolutely for its transitions.
      for (let node: Element | null = el; node && !node.classList.contains('taro_page'); node = node.parentElement) {
        if (node === document.body || floating(node)) return true
      }
      return false
    }
    const pieces = textElements
      .filter((el) => !inFloatingLayer(el))
      .map((el) => {
        const rects: DOMRect[] = []
        for (const node of Array.from(el.childNodes)) {
          if (node.nodeType !== Node.TEXT_NODE || (node.textContent ?? '').trim() === '') continue
          const range = document.createRange()
          range.selectNodeContents(node)
          rects.push(...Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0))
        }
        return { el, rects }
      })
    for (let i = 0; i < pieces.length; i += 1) {
      for (let j = i + 1; j < pieces.length; j += 1) {
        const overlap = pieces[i].rects.some((a) =>
          pieces[j].rects.some((b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1),
        )
        if (overlap) problems.push(`overlap: ${describe(pieces[i].el)} × ${describe(pieces[j].el)}`)
      }
    }
    if (pieces.length < 3) problems.push(`only ${pieces.length} pieces of page text found: is the page there?`)
    return [...new Set(problems)]
  })
}

/** The computed font size (CSS px) of the visible page root, to prove the scale took effect. */
export async function pageFontSize(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = Array.from(document.querySelectorAll('.taro_page')).find((el) => el.checkVisibility())
    return root ? parseFloat(getComputedStyle(root).fontSize) : Number.NaN
  })
}
