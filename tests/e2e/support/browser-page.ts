import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { GatewayHarness } from '../../support/gateway-harness'

export interface OpenedPage {
  context: BrowserContext
  page: Page
  /** Uncaught page errors and console errors, in order: a browser test ends by asserting it is empty. */
  errors: string[]
}

/**
 * A phone-sized page whose clock starts at the gateway's clock, so the browser and the server agree
 * on "now" on any real date (a fixed server clock facing the machine's real clock broke every test
 * four days after it was written). Time then flows naturally from there.
 */
export async function openPage(
  browser: Browser,
  harness: GatewayHarness,
  options: { viewport?: { width: number; height: number }; permissions?: string[] } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 375, height: 812 } })
  if (options.permissions) await context.grantPermissions(options.permissions, { origin: harness.url })
  await context.clock.install({ time: harness.clock.now() })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`)
  })
  return { context, page, errors }
}
