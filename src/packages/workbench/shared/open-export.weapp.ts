import Taro from '@tarojs/taro'
import type { ExportLink } from '../../../../types/workbench/exports'

/**
 * Mini program: WeChat opens documents only from a local file, so the short-lived link is
 * downloaded first, then opened (staff forward or save it from the viewer's menu). Neither API is
 * privacy-scoped.
 */
export async function openExport(file: ExportLink): Promise<void> {
  const downloaded = await Taro.downloadFile({ url: file.url })
  if (downloaded.statusCode !== 200) throw new Error(`download failed: ${downloaded.statusCode}`)
  await Taro.openDocument({ filePath: downloaded.tempFilePath, fileType: 'xlsx', showMenu: true })
}
