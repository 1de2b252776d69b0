import Taro from '@tarojs/taro'

export async function previewImages(urls: readonly string[], current: string): Promise<void> {
  await Taro.previewImage({ urls: [...urls], current })
}

/** WeChat opens documents only from a local file: download the short-lived link, then open it. */
export async function openPdf(url: string): Promise<void> {
  const downloaded = await Taro.downloadFile({ url })
  if (downloaded.statusCode !== 200) throw new Error(`download failed: ${downloaded.statusCode}`)
  await Taro.openDocument({ filePath: downloaded.tempFilePath, fileType: 'pdf', showMenu: true })
}
