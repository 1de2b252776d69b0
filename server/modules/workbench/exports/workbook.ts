export type Cell = string | number | null
export interface Sheet {
  name: string
  rows: Cell[][]
}

/**
 * A workbook of plain sheets: the first row of each is bold, numbers stay numbers (so a bureau can
 * total them), text stays text (codes are never turned into numbers or formulas).
 */
export async function writeWorkbook(sheets: readonly Sheet[]): Promise<Buffer> {
  // Loaded on first use, not at cold start: the function build ships exceljs as a separate file.
  const { Workbook } = await import('exceljs')
  const workbook = new Workbook()
  for (const { name, rows } of sheets) {
    const sheet = workbook.addWorksheet(name)
    for (const row of rows) {
      const added = sheet.addRow([...row])
      added.eachCell((cell) => {
        if (typeof cell.value === 'string') cell.numFmt = '@'
      })
    }
    sheet.getRow(1).font = { bold: true }
    sheet.columns.forEach((column) => {
      column.width = 22
    })
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
