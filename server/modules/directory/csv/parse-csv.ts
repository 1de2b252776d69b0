/**
 * RFC 4180 CSV reading, as Excel and WPS write it: comma-separated, fields optionally in double
 * quotes, a quote inside a quoted field doubled, and quoted fields may hold commas and line breaks.
 * Lines may end in CRLF, LF or CR; a UTF-8 byte-order mark at the start is dropped; a final line
 * break does not start an empty record. A quote inside an unquoted field is kept as a character
 * (lenient, as spreadsheet programs are).
 */
export class CsvSyntaxError extends Error {
  constructor(
    readonly row: number,
    message: string,
  ) {
    super(message)
    this.name = 'CsvSyntaxError'
  }
}

export function parseCsv(text: string): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let i = 0
  // Whether the current field has begun: an opening quote counts only at a field's start, and an
  // empty line (no field begun, nothing in the record) is an empty record.
  let fieldStarted = false

  const endField = () => {
    record.push(field)
    field = ''
    fieldStarted = false
  }
  const endRecord = () => {
    if (fieldStarted || record.length > 0) endField()
    records.push(record)
    record = []
  }

  while (i < input.length) {
    const ch = input[i]
    if (ch === '"' && !fieldStarted) {
      // Quoted field: read to the closing quote.
      const startRow = records.length + 1
      i++
      for (;;) {
        if (i >= input.length) throw new CsvSyntaxError(startRow, `第 ${startRow} 行有未闭合的引号，请检查该行的双引号是否成对`)
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        field += input[i]
        i++
      }
      fieldStarted = true
      const next = input[i]
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new CsvSyntaxError(startRow, `第 ${startRow} 行的引号后面应是逗号或换行，请检查该行的双引号`)
      }
      continue
    }
    if (ch === ',') {
      // The record is now non-empty, so its end always adds the field after this comma ("a," is two fields).
      endField()
      i++
      continue
    }
    if (ch === '\r' || ch === '\n') {
      endRecord()
      i += ch === '\r' && input[i + 1] === '\n' ? 2 : 1
      continue
    }
    field += ch
    fieldStarted = true
    i++
  }
  if (fieldStarted || record.length > 0) endRecord()
  return records
}
