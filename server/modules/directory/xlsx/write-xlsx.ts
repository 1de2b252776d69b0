/**
 * One-sheet workbook with every cell stored as text, so Excel keeps leading zeros, mobile numbers
 * and codes exactly as exported (and nothing in a cell is ever evaluated as a formula).
 */
export async function writeXlsx(sheetName: string, rows: readonly (readonly string[])[]): Promise<Buffer> {
  // Loaded on first use, not at cold start: the function build ships exceljs as a separate file.
  const { Workbook } = await import('exceljs')
  const workbook = new Workbook()
  const sheet = workbook.addWorksheet(sheetName)
  for (const row of rows) sheet.addRow([...row])
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      cell.numFmt = '@'
    })
  })
  sheet.getRow(1).font = { bold: true }
  sheet.columns.forEach((column) => {
    column.width = 18
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
