import { qrMatrix, rowRuns } from './qr-matrix'

const TICKET = 'SALON1.ss_Ab3dE5fG7hJ9kL1mN3pQ5rS7.sreg_0123456789abcdef01234567.AbCdEfGhIjKlMnOpQrStUv'

describe('ticket QR matrix', () => {
  it('is square with the three finder patterns in place', () => {
    const m = qrMatrix(TICKET)
    const size = m.length
    expect(size).toBeGreaterThanOrEqual(21)
    expect((size - 17) % 4).toBe(0) // a valid QR version: 17 + 4 × version modules
    expect(m.every((row) => row.length === size)).toBe(true)
    // A finder: a dark 7×7 ring, a light ring, a dark 3×3 core.
    const finderAt = (top: number, left: number) =>
      [0, 6].every((i) => [0, 1, 2, 3, 4, 5, 6].every((j) => m[top + i]![left + j] && m[top + j]![left + i])) &&
      !m[top + 1]![left + 1] &&
      m[top + 3]![left + 3]
    expect(finderAt(0, 0)).toBe(true)
    expect(finderAt(0, size - 7)).toBe(true)
    expect(finderAt(size - 7, 0)).toBe(true)
  })

  it('differs for a different ticket and is stable for the same one', () => {
    expect(qrMatrix(TICKET)).toEqual(qrMatrix(TICKET))
    expect(qrMatrix(TICKET)).not.toEqual(qrMatrix(TICKET.replace('AbCd', 'AbCe')))
  })

  it('compresses rows into runs that add up to the row', () => {
    const row = [true, true, false, true, false, false, false]
    expect(rowRuns(row)).toEqual([
      { dark: true, length: 2 },
      { dark: false, length: 1 },
      { dark: true, length: 1 },
      { dark: false, length: 3 },
    ])
    for (const r of qrMatrix(TICKET)) expect(rowRuns(r).reduce((n, run) => n + run.length, 0)).toBe(r.length)
  })
})

describe('ticket QR scannability', () => {
  it('decodes back to the exact ticket code with an independent reader (jsQR)', async () => {
    const { default: jsQR } = await import('jsqr')
    const matrix = qrMatrix(TICKET)
    const cell = 4
    const quiet = 4
    const side = (matrix.length + quiet * 2) * cell
    const pixels = new Uint8ClampedArray(side * side * 4).fill(255)
    matrix.forEach((row, r) =>
      rowRuns(row).reduce((col, run) => {
        if (run.dark) {
          for (let y = (r + quiet) * cell; y < (r + quiet + 1) * cell; y++) {
            for (let x = (col + quiet) * cell; x < (col + quiet + run.length) * cell; x++) pixels.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3)
          }
        }
        return col + run.length
      }, 0),
    )
    expect(jsQR(pixels, side, side)?.data).toBe(TICKET)
  })
})
