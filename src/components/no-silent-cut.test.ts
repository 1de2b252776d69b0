import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/**
 * A native maxlength silently cuts what is typed or pasted (a 5,000-character paste became 2,000).
 * Every Input and Textarea passes -1 and shows a CharCount instead; the form's check refuses over-long
 * text with the number. (TextInput/TextArea in directory-admin take `maxlength` as that limit.)
 */
test('no form field cuts input with a native maxlength', () => {
  const root = join(__dirname, '..')
  const offenders: string[] = []
  let checked = 0
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry)
      if (statSync(path).isDirectory()) walk(path)
      else if (entry.endsWith('.tsx')) {
        // Each <Input …/> or <Textarea …/> element, across lines.
        for (const element of readFileSync(path, 'utf8').match(/<(Input|Textarea)\b[\s\S]*?\/>/g) ?? []) {
          checked++
          const limit = /maxlength=\{([^}]+)\}/.exec(element)?.[1]
          if (limit !== '-1') offenders.push(`${relative(root, path)}: <${element.slice(1, element.indexOf(' '))} maxlength={${limit ?? 'default 140'}}>`)
        }
      }
    }
  }
  walk(root)
  expect(checked).toBeGreaterThan(20)
  expect(offenders).toEqual([])
})
