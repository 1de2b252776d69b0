import { CsvSyntaxError, parseCsv } from './parse-csv'
import { csvField, unescapeFormula, UTF8_BOM, writeCsv } from './write-csv'

describe('parseCsv', () => {
  it('reads plain records with CRLF, LF and CR line ends, ignoring one final line break', () => {
    expect(parseCsv('a,b\r\nc,d\ne,f\rg,h\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ])
    expect(parseCsv('a,b')).toEqual([['a', 'b']])
  })

  it('drops a leading byte-order mark', () => {
    expect(parseCsv('\uFEFF机构名称,负责人\r\n许昌宗诚知识产权代理有限公司,高丽勤\r\n')).toEqual([
      ['机构名称', '负责人'],
      ['许昌宗诚知识产权代理有限公司', '高丽勤'],
    ])
  })

  it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
    const text = '名称,简介\r\n"甲，乙,丙","他说""好""\r\n第二行\n第三行"\r\n"",x\r\n'
    expect(parseCsv(text)).toEqual([
      ['名称', '简介'],
      ['甲，乙,丙', '他说"好"\r\n第二行\n第三行'],
      ['', 'x'],
    ])
  })

  it('keeps empty fields, including a trailing one, and keeps blank lines as empty records', () => {
    expect(parseCsv('a,,c,\r\n\r\n,\r\n')).toEqual([['a', '', 'c', ''], [], ['', '']])
  })

  it('keeps a stray quote inside an unquoted field as a character', () => {
    expect(parseCsv('5"屏,x\n')).toEqual([['5"屏', 'x']])
  })

  it('rejects an unclosed quote and text after a closing quote, naming the row', () => {
    expect(() => parseCsv('a,b\r\n"open,c\r\nd,e\r\n')).toThrow(new CsvSyntaxError(2, '第 2 行有未闭合的引号，请检查该行的双引号是否成对'))
    expect(() => parseCsv('a\r\nb\r\n"x"y,z\r\n')).toThrow('第 3 行的引号后面应是逗号或换行，请检查该行的双引号')
  })
})

describe('writeCsv', () => {
  it('starts with a BOM, ends lines with CRLF and quotes only where needed', () => {
    const csv = writeCsv([
      ['名称', '简介'],
      ['甲,乙', '说"好"'],
      ['多行\n文本', ' 前后空格 '],
      ['普通', ''],
    ])
    expect(csv).toBe(`${UTF8_BOM}名称,简介\r\n"甲,乙","说""好"""\r\n"多行\n文本"," 前后空格 "\r\n普通,\r\n`)
  })

  it('neutralises cells Excel would run as formulas, and the reader undoes it', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
    expect(csvField('-机构简介以短横线开头')).toBe("'-机构简介以短横线开头")
    expect(csvField("'普通文字")).toBe("'普通文字")
    expect(unescapeFormula("'=1+1")).toBe('=1+1')
    expect(unescapeFormula("'普通文字")).toBe("'普通文字")
  })

  it('round-trips awkward values exactly', () => {
    const rows = [
      ['a', 'b,c', '"q"', '换\r\n行', '', '@x', "'", ' s '],
      ['中文', '，', '""', '\n', 'x"y', '+86', '-', '='],
    ]
    const parsed = parseCsv(writeCsv(rows)).map((row) => row.map(unescapeFormula))
    expect(parsed).toEqual(rows)
  })
})
