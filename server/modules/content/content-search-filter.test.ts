import { contentSearchFilter, relatedContentFilter } from './content-search-filter'

describe('contentSearchFilter', () => {
  it('builds equality, $contains and tag filters that also match items for all types', () => {
    expect(
      contentSearchFilter({
        status: 'published',
        kind: 'risk_alert',
        severity: 'urgent',
        country: 'US',
        ipType: 'trademark',
        industry: 'hair_products',
        keyword: '337 调查',
      }),
    ).toEqual({
      status: 'published',
      kind: 'risk_alert',
      severity: 'urgent',
      countries: { $contains: 'US' },
      ipTypeTags: { $containsAny: ['trademark', '*'] },
      industryTags: { $containsAny: ['hair_products', '*'] },
      $and: [{ searchText: { $search: '337' } }, { searchText: { $search: '调查' } }],
    })
  })

  it('is empty for a staff listing without criteria', () => {
    expect(contentSearchFilter({})).toEqual({})
  })
})

describe('relatedContentFilter', () => {
  it('matches other published items sharing a country and an IP type', () => {
    expect(relatedContentFilter({ _id: 'c1', countries: ['US', 'CA'], ipTypes: ['patent'] })).toEqual({
      status: 'published',
      _id: { $ne: 'c1' },
      countries: { $containsAny: ['US', 'CA'] },
      ipTypeTags: { $containsAny: ['patent', '*'] },
    })
  })

  it('for an item about every IP type relates by country only', () => {
    expect(relatedContentFilter({ _id: 'c2', countries: ['JP'], ipTypes: [] })).toEqual({
      status: 'published',
      _id: { $ne: 'c2' },
      countries: { $containsAny: ['JP'] },
    })
  })
})
