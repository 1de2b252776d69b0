import { expertSearchFilter } from './expert-search-filter'

describe('expertSearchFilter', () => {
  it('matches list fields by $contains and keywords on searchText', () => {
    expect(
      expertSearchFilter({ status: 'active', ipType: 'patent', country: 'DE', language: 'de', serviceType: 'trade_fair', keyword: '展会 德国' }),
    ).toEqual({
      status: 'active',
      ipTypes: { $contains: 'patent' },
      countries: { $contains: 'DE' },
      languages: { $contains: 'de' },
      serviceTypes: { $contains: 'trade_fair' },
      $and: [{ searchText: { $search: '展会' } }, { searchText: { $search: '德国' } }],
    })
  })

  it('leaves out criteria that are not given', () => {
    expect(expertSearchFilter({ keyword: undefined })).toEqual({})
  })
})
