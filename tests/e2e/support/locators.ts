import type { Page } from 'playwright-core'

// Taro keeps earlier pages in the DOM, hidden: every locator targets the visible copy.
export const visible = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]:visible`).first()

// In H5, Taro renders <Button> as taro-button-core: click the outer element.
export const button = (page: Page, testId: string) => page.locator(`taro-button-core[data-testid="${testId}"]:visible`).first()

/** Retries `read` until `accept` holds (10 s), then returns the last value for the assertion. */
export async function poll<T>(read: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
  const until = Date.now() + 10_000
  let value = await read()
  while (!accept(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    value = await read()
  }
  return value
}

/** Signs in on the H5 build with one of the development demo users (sign-in page → profile). */
export async function signInAs(page: Page, gatewayUrl: string, key: string): Promise<void> {
  await page.goto(`${gatewayUrl}/#/packages/account/sign-in/index`)
  await visible(page, `demo-user-${key}`).click()
  await visible(page, 'profile-card').waitFor()
}
