import qrcode from 'qrcode-generator'

/**
 * The QR modules of a text, row by row, from qrcode-generator (Kazuhiko Arase's reference-quality
 * encoder, no dependencies, no canvas): the mini program draws the matrix with plain views, so the
 * same code renders in WeChat and in the H5 build without canvas or image APIs.
 * Error correction M (15 %): a ticket on a cracked or dim phone screen still scans.
 */
export function qrMatrix(text: string): boolean[][] {
  const code = qrcode(0, 'M')
  code.addData(text, 'Byte')
  code.make()
  const size = code.getModuleCount()
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)))
}

/** A row as runs of equal modules, so a 33×33 code is ~400 views instead of ~1,100. */
export function rowRuns(row: readonly boolean[]): { dark: boolean; length: number }[] {
  const runs: { dark: boolean; length: number }[] = []
  for (const dark of row) {
    const last = runs[runs.length - 1]
    if (last && last.dark === dark) last.length += 1
    else runs.push({ dark, length: 1 })
  }
  return runs
}
