import { chromium, type Browser } from 'playwright-core'

/**
 * Debian's Chromium driven by playwright-core — never a downloaded browser. The flags keep it off
 * the network (this machine has none); playwright itself starts each launch on a fresh,
 * temporary profile (it refuses a --user-data-dir flag).
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
