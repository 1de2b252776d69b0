export class XlsxFormatError extends Error {}

/**
 * The first worksheet as rows of cell text, the same shape the CSV reader produces, so one import
 * pipeline validates both. Cells are read as displayed text (numbers typed into Excel, dates and
 * formulas' results included); trailing empty rows are dropped.
 */
export async function readXlsx(base64: string): Promise<string[][]> {
  // Loaded on first use, not at cold start: the function build ships exceljs as a separate file.
  const { Workbook } = await import('exceljs')
  const workbook = new Workbook()
  try {
    const bytes = Buffer.from(base64, 'base64')
    // exceljs declares an older Buffer type; hand it the bytes as a plain ArrayBuffer.
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  } catch {
    throw new XlsxFormatError('无法读取该 Excel 文件，请确认是 .xlsx 格式（不支持旧版 .xls）')
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new XlsxFormatError('Excel 文件中没有工作表')
  const rows: string[][] = []
  const width = sheet.columnCount
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    const cells: string[] = []
    for (let c = 1; c <= width; c++) cells.push(row.getCell(c).text ?? '')
    rows.push(cells)
  }
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell.trim() === '')) rows.pop()
  return rows
}
