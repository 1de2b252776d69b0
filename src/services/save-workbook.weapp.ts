import Taro from '@tarojs/taro'
import type { WorkbookDownload } from './workbook-download'

/** Mini program: written to the user data folder, then opened (staff forward it from there). */
export async function saveWorkbook(file: WorkbookDownload): Promise<void> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${file.fileName}`
  await new Promise<void>((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({ filePath, data: file.content, encoding: 'base64', success: () => resolve(), fail: reject })
  })
  await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true })
}
