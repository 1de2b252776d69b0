import { ensureH5Build } from './h5-build'

/** Builds the H5 app once for all browser test files (they run in parallel workers). */
export default function globalSetup(): void {
  ensureH5Build()
}
