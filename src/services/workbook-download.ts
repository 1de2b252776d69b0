/** An XLSX built by a function (salon attendee lists), base64; workbench exports come as links (ExportLink). */
export interface WorkbookDownload {
  fileName: string
  mimeType: string
  content: string
}
