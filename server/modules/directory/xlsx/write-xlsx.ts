import ExcelJS from 'exceljs'

/**
 * One-sheet workbook with every cell stored as text, so Excel keeps leading zeros, mobile numbers
 * and codes exactly as exported (and nothing in a cell is ever evaluated as a formula).
 */
export async function writeXlsx(sheetName: string, rows: readonly (readonly string[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
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
