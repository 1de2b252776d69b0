jest.mock('@tarojs/taro', () => ({}))
import { restoreLike } from './form-draft'

describe('restoreLike', () => {
  const template = { title: '', count: 5, tags: [] as string[], speakers: [] as { id: string; name: string }[], note: null as string | null }

  it('takes fields whose type matches, including lists of strings and of flat records', () => {
    const raw = { title: '标题', count: 7, tags: ['a', 'b'], speakers: [{ id: 'e1', name: '林' }], note: '备注', extra: 'ignored' }
    expect(restoreLike(template, raw)).toEqual({ title: '标题', count: 7, tags: ['a', 'b'], speakers: [{ id: 'e1', name: '林' }], note: '备注' })
  })

  it('keeps the template where a stored value has the wrong shape', () => {
    const raw = { title: 3, count: '7', tags: ['a', 1], speakers: [{ id: { nested: true } }], note: 4 }
    expect(restoreLike(template, raw)).toEqual(template)
    expect(restoreLike(template, 'not an object')).toEqual(template)
    expect(restoreLike(template, [1, 2])).toEqual(template)
  })

  it('restores a nested record field by field, and only from a record', () => {
    const rule = { period: { amount: 30, unit: 'days' }, amountText: '30', note: null as string | null }
    expect(restoreLike(rule, { period: { amount: 2, unit: 'months', extra: 1 }, amountText: '2', note: '可延期' })).toEqual({
      period: { amount: 2, unit: 'months' },
      amountText: '2',
      note: '可延期',
    })
    // Wrong types inside keep the template's values there; a list or a string in place of the record is refused.
    expect(restoreLike(rule, { period: { amount: '2', unit: 3 } })).toEqual(rule)
    expect(restoreLike(rule, { period: [2, 'months'] })).toEqual(rule)
    expect(restoreLike(rule, { period: 'two months' })).toEqual(rule)
    expect(restoreLike(rule, { period: null })).toEqual(rule)
  })
})
