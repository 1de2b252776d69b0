/**
 * RFC 4180 CSV writing for Excel: CRLF line ends, fields quoted only when they must be, and a
 * UTF-8 byte-order mark first — without it Excel on Windows reads the file as the local code page
 * and shows Chinese as mojibake.
 */
export const UTF8_BOM = '\uFEFF'

// Cells Excel would evaluate as a formula (=, +, -, @) are prefixed with an apostrophe, which Excel
// hides and treats as "text"; the importer strips it again (see unescapeFormula).
const FORMULA_START = /^[=+\-@\t\r]/

export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

export function unescapeFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value
}

export function csvField(value: string): string {
  const text = escapeFormula(value)
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text
}

export function writeCsv(rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}
