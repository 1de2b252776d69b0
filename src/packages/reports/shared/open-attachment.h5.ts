import Taro from '@tarojs/taro'
import { gatewayUrl } from '../../../services/gateway-fetch'

// H5: links are the local gateway's signed paths (/api/files?…), served beside the API.

export async function previewImages(urls: readonly string[], current: string): Promise<void> {
  await Taro.previewImage({ urls: urls.map(gatewayUrl), current: gatewayUrl(current) })
}

/** The browser's own PDF viewer, in a new tab. */
export async function openPdf(url: string): Promise<void> {
  window.open(gatewayUrl(url), '_blank', 'noopener')
}
