import type { WorkbookDownload } from './workbook-download'


/** H5: the XLSX built by the function becomes a file download. */
export async function saveWorkbook(file: WorkbookDownload): Promise<void> {
  const bytes = Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
