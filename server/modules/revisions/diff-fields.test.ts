import { diffFields } from './diff-fields'

interface Sample {
  name: string
  tags: string[]
  phone: string | null
  location: { latitude: number; longitude: number } | null
  internal: number
}

const LABELS = { name: '名称', tags: '标签', phone: '电话', location: '位置' } as const

const base: Sample = { name: '甲', tags: ['a', 'b'], phone: null, location: { latitude: 34.03, longitude: 113.85 }, internal: 1 }

describe('diffFields', () => {
  it('lists exactly the changed labelled fields with before and after, in label order', () => {
    const after: Sample = { ...base, phone: '0374-1234567', tags: ['a'], internal: 2 }
    expect(diffFields(base, after, LABELS)).toEqual([
      { field: 'tags', label: '标签', before: ['a', 'b'], after: ['a'] },
      { field: 'phone', label: '电话', before: null, after: '0374-1234567' },
    ])
  })

  it('finds nothing when only unlabelled fields or key order differ', () => {
    const reordered: Sample = { ...base, location: { longitude: 113.85, latitude: 34.03 }, internal: 9 }
    expect(diffFields(base, reordered, LABELS)).toEqual([])
  })

  it('treats array order as a change (the order staff chose is shown)', () => {
    expect(diffFields(base, { ...base, tags: ['b', 'a'] }, LABELS)).toEqual([
      { field: 'tags', label: '标签', before: ['a', 'b'], after: ['b', 'a'] },
    ])
  })

  it('reports nested objects as one field, and a cleared value as null', () => {
    expect(diffFields(base, { ...base, location: null }, LABELS)).toEqual([
      { field: 'location', label: '位置', before: { latitude: 34.03, longitude: 113.85 }, after: null },
    ])
  })

  it('for a new record lists only the fields that hold something', () => {
    expect(diffFields(null, { ...base, tags: [] }, LABELS)).toEqual([
      { field: 'name', label: '名称', before: null, after: '甲' },
      { field: 'location', label: '位置', before: null, after: { latitude: 34.03, longitude: 113.85 } },
    ])
  })
})
