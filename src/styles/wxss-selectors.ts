import postcss from 'postcss'

/**
 * Selectors WeChat's WXSS compiler refuses though browsers accept them: the universal selector
 * (`*`, `.a > *`) and a pseudo-class or pseudo-element with nothing before it (`> :first-child`).
 * Returns each offending selector of a stylesheet (plain CSS, after Sass).
 */
export function refusedSelectors(css: string): string[] {
  const refused: string[] = []
  postcss.parse(css).walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as { name: string }).name)) return
    for (const selector of rule.selectors) {
      const bare = selector.replace(/\[[^\]]*\]/g, '[]').replace(/"[^"]*"|'[^']*'/g, '""')
      if (bare.includes('*') || /(^|[\s>+~,(]):{1,2}[a-zA-Z-]/.test(bare)) refused.push(selector)
    }
  })
  return refused
}
