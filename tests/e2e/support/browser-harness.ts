import type { Browser } from 'playwright-core'
import { startHarness, type GatewayHarness } from '../../support/gateway-harness'
import { H5_DIR } from './h5-build'
import { launchChromium } from './launch-chromium'

export interface BrowserHarness {
  /** The gateway serving the H5 build, with its fixed clock (set in beforeAll). */
  readonly harness: GatewayHarness
  /** Debian's Chromium (set in beforeAll). */
  readonly browser: Browser
}

/**
 * The set-up every browser test file shares: a gateway on a fresh database serving the H5 build,
 * and one Chromium, both closed after the file. Call at the top level of a test file.
 */
export function useBrowserHarness(options: Omit<NonNullable<Parameters<typeof startHarness>[0]>, 'h5Dir'> = {}): BrowserHarness {
  const state: { harness?: GatewayHarness; browser?: Browser } = {}
  beforeAll(async () => {
    state.harness = await startHarness({ h5Dir: H5_DIR, ...options })
    state.browser = await launchChromium()
  }, 60_000)
  afterAll(async () => {
    await state.browser?.close()
    await state.harness?.close()
  })
  return {
    get harness() {
      if (!state.harness) throw new Error('useBrowserHarness: the gateway is not started yet (use it inside a test)')
      return state.harness
    },
    get browser() {
      if (!state.browser) throw new Error('useBrowserHarness: Chromium is not started yet (use it inside a test)')
      return state.browser
    },
  }
}
