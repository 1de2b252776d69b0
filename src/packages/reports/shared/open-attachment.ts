import Taro from '@tarojs/taro'

// Taro resolves `./open-attachment` to the .weapp or .h5 file at build time; this fallback is what
// TypeScript and unit tests see.

/** Shows one image among the report's images (WeChat's own viewer: zoom, swipe, save). */
export async function previewImages(urls: readonly string[], current: string): Promise<void> {
  await Taro.previewImage({ urls: [...urls], current })
}

/** Opens a PDF (link valid for a few minutes) in the platform's viewer. */
export async function openPdf(_url: string): Promise<void> {
  throw new Error('no PDF viewer on this platform')
}
