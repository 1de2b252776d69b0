import { codePointLength, graphemes } from './graphemes'
import { formatPushField, keywordTypeOf, PushFieldError } from './format-push-field'

const FAMILY = '👨‍👩‍👧‍👦' // 7 code points, one grapheme
const FLAG = '🇺🇸' // 2 code points, one grapheme

/** No lone surrogate and no dangling zero-width joiner: what WeChat would reject as broken text. */
function wellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text) && !/\u200D$/.test(text)
}

describe('keywordTypeOf', () => {
  it('reads the type from the data key', () => {
    expect(keywordTypeOf('thing3')).toBe('thing')
    expect(keywordTypeOf('character_string12')).toBe('character_string')
    expect(keywordTypeOf('phrase1')).toBe('phrase')
    expect(keywordTypeOf('amount2')).toBeNull()
    expect(keywordTypeOf('thing')).toBeNull()
    expect(keywordTypeOf('xthing1')).toBeNull()
  })
})

describe('thing (≤ 20 characters)', () => {
  it('keeps short text as is, trimmed and on one line', () => {
    expect(formatPushField('thing', '  美国337调查\n新规  ')).toBe('美国337调查 新规')
  })

  it('cuts long Chinese text to 20 code points, ellipsis included', () => {
    const long = '欧盟发布关于外观设计保护的新条例并将于明年全面生效实施'
    const out = formatPushField('thing', long)
    expect(out).toBe('欧盟发布关于外观设计保护的新条例并将于…')
    expect(codePointLength(out)).toBe(20)
  })

  it('counts mixed-width text by code points: Latin letters and digits count one each', () => {
    const out = formatPushField('thing', 'USPTO 2026 fee schedule 专利年费调整通知')
    expect(codePointLength(out)).toBe(20)
    expect(out).toBe('USPTO 2026 fee sche…')
  })

  it('never splits an emoji sequence: a family that does not fit is dropped whole', () => {
    const text = `预警${'一'.repeat(14)}${FAMILY}结束`
    const out = formatPushField('thing', text)
    expect(wellFormed(out)).toBe(true)
    expect(out).toBe(`预警${'一'.repeat(14)}…`)
    expect(codePointLength(out)).toBeLessThanOrEqual(20)
  })

  it('keeps whole emoji that fit, and counts their code points', () => {
    const out = formatPushField('thing', `${FLAG}美国海关暂扣假发产品预警通知请及时处理相关事宜`)
    expect(out.startsWith(FLAG)).toBe(true)
    expect(codePointLength(out)).toBeLessThanOrEqual(20)
    expect(graphemes(out)[0]).toBe(FLAG)
    expect(wellFormed(out)).toBe(true)
  })

  it('removes lone surrogates and control characters instead of sending broken text', () => {
    expect(formatPushField('thing', 'ab\uD83Dcd\u0000e\u2028f')).toBe('abcd e f')
  })

  it('refuses text that is empty after cleaning', () => {
    expect(() => formatPushField('thing', ' \n\t ')).toThrow(PushFieldError)
  })
})

describe('phrase (≤ 5 Chinese characters, nothing else)', () => {
  it('keeps only Chinese characters, at most five, without an ellipsis', () => {
    expect(formatPushField('phrase', '紧急')).toBe('紧急')
    expect(formatPushField('phrase', '高风险预警信息')).toBe('高风险预警')
    expect(formatPushField('phrase', '⚠️ 重要!')).toBe('重要')
  })

  it('refuses a value with no Chinese character at all', () => {
    expect(() => formatPushField('phrase', 'urgent 1')).toThrow(PushFieldError)
  })
})

describe('name', () => {
  it('allows 10 characters when any Chinese is present, 20 for Latin names', () => {
    expect(formatPushField('name', '欧阳娜娜娜娜娜娜娜娜娜娜')).toBe('欧阳娜娜娜娜娜娜娜娜')
    expect(formatPushField('name', 'Alexander Montgomery-Smithson')).toBe('Alexander Montgomery')
    expect(codePointLength(formatPushField('name', '王 Alexander Montgomery'))).toBe(10)
  })

  it('drops digits and emoji, which WeChat refuses in names', () => {
    expect(formatPushField('name', 'user25')).toBe('user')
    expect(formatPushField('name', `李专家${FAMILY}`)).toBe('李专家')
  })
})

describe('character_string, letter, symbol, number, phone_number', () => {
  it('character_string keeps printable ASCII, at most 32', () => {
    expect(formatPushField('character_string', 'RPT-2026-0001 （上报）')).toBe('RPT-2026-0001')
    expect(formatPushField('character_string', 'x'.repeat(40))).toHaveLength(32)
  })

  it('letter and symbol keep only their characters', () => {
    expect(formatPushField('letter', 'ab1c-D')).toBe('abcD')
    expect(formatPushField('symbol', 'a+b-c*d/e=f')).toBe('+-*/=')
  })

  it('numbers are checked, never shortened', () => {
    expect(formatPushField('number', 12.5)).toBe('12.5')
    expect(formatPushField('number', ' 42 ')).toBe('42')
    expect(() => formatPushField('number', '1'.repeat(33))).toThrow(PushFieldError)
    expect(() => formatPushField('number', '12件')).toThrow(PushFieldError)
  })

  it('phone numbers are checked, never shortened', () => {
    expect(formatPushField('phone_number', '+86 0374-1234567')).toBe('+860374-1234567')
    expect(() => formatPushField('phone_number', '+86-0374-1234567-8888')).toThrow(PushFieldError)
  })
})

describe('time and date in Asia/Shanghai', () => {
  it('formats an instant in Shanghai time, across midnight UTC', () => {
    expect(formatPushField('time', '2026-11-25T16:30:00.000Z')).toBe('2026年11月26日 00:30')
    expect(formatPushField('date', '2026-11-25T16:30:00.000Z')).toBe('2026年11月26日')
    expect(formatPushField('time', Date.UTC(2026, 0, 5, 1, 2))).toBe('2026年1月5日 09:02')
  })

  it('refuses anything that is not an instant', () => {
    expect(() => formatPushField('time', '明天上午')).toThrow(PushFieldError)
    expect(() => formatPushField('date', '2026/11/25')).toThrow(PushFieldError)
  })
})
