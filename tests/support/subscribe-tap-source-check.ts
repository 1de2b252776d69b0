import ts from 'typescript'

/** One `askToSubscribe('<tap>')` call found in a source file, and what is wrong with it (if anything). */
export interface TapCallSite {
  file: string
  tap: string
  handler: string | null
  problems: string[]
}

const PROMPT_FUNCTION = 'askToSubscribe'
const TAP_ATTRIBUTES = new Set(['onClick', 'onTap'])

type FunctionLike = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration

function isFunctionLike(node: ts.Node): node is FunctionLike {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node)
}

function functionName(fn: FunctionLike): string | null {
  if (ts.isFunctionDeclaration(fn)) return fn.name?.text ?? null
  const parent = fn.parent
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text
  return null
}

/** Whether `statement` is `askToSubscribe(..)`, `void askToSubscribe(..)` or `const x = askToSubscribe(..)`. */
function statementIsThePrompt(statement: ts.Statement, call: ts.CallExpression): boolean {
  if (ts.isExpressionStatement(statement)) {
    const expression = statement.expression
    return expression === call || (ts.isVoidExpression(expression) && expression.expression === call)
  }
  if (ts.isVariableStatement(statement)) {
    const declarations = statement.declarationList.declarations
    return declarations.length === 1 && declarations[0].initializer === call
  }
  return false
}

/** Names referenced inside the value of every onClick / onTap JSX attribute of the file. */
function tapHandlerNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>()
  const visit = (node: ts.Node) => {
    if (ts.isJsxAttribute(node) && ts.isIdentifier(node.name) && TAP_ATTRIBUTES.has(node.name.text) && node.initializer) {
      const collect = (inner: ts.Node) => {
        if (ts.isIdentifier(inner)) names.add(inner.text)
        ts.forEachChild(inner, collect)
      }
      collect(node.initializer)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return names
}

/**
 * Finds every askToSubscribe call in one file and checks WeChat's rule: the call is the first
 * statement of a function, and that function is a tap handler (named in an onClick/onTap).
 */
export function findTapCallSites(file: string, text: string): TapCallSite[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const handlers = tapHandlerNames(source)
  const sites: TapCallSite[] = []
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === PROMPT_FUNCTION) {
      const problems: string[] = []
      const [argument] = node.arguments
      const tap = argument && ts.isStringLiteralLike(argument) ? argument.text : ''
      if (!tap) problems.push('the tap must be a string literal')
      let owner: ts.Node = node.parent
      while (!isFunctionLike(owner) && !ts.isSourceFile(owner)) owner = owner.parent
      let handler: string | null = null
      if (!isFunctionLike(owner) || !owner.body || !ts.isBlock(owner.body)) {
        problems.push('not inside a function body')
      } else {
        handler = functionName(owner)
        const first = owner.body.statements[0]
        if (!first || !statementIsThePrompt(first, node)) problems.push(`not the first statement of ${handler ?? 'its function'}`)
        if (!handler || !handlers.has(handler)) problems.push(`${handler ?? 'the function'} is not used by any onClick/onTap`)
      }
      sites.push({ file, tap, handler, problems })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return sites
}

/** `templateKey: '<key>'` literals in server code: templates a producer can enqueue. */
export function enqueuedTemplateKeys(text: string): string[] {
  return [...text.matchAll(/templateKey:\s*['"]([a-z0-9_]+)['"]/g)].map((match) => match[1])
}
