import type { ExportLink } from '../../../../types/workbench/exports'
import { gatewayUrl } from '../../../services/gateway-fetch'

// Taro picks `open-export.weapp.ts` for the mini program; this file is the H5 one (and what
// TypeScript and unit tests see).

/** H5: the short-lived link (the gateway's signed path) becomes a file download under the export's own name. */
export async function openExport(file: ExportLink): Promise<void> {
  const link = document.createElement('a')
  link.href = gatewayUrl(file.url)
  link.download = file.fileName
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
}
