/** An XLSX built by a function (workbench exports, salon attendee lists), base64. */
export interface WorkbookDownload {
  fileName: string
  mimeType: string
  content: string
}
