import { agencySearchFilter } from './agency-search-filter'

describe('agencySearchFilter', () => {
  it('is empty without criteria (staff listing every status)', () => {
    expect(agencySearchFilter({})).toEqual({})
  })

  it('maps scalar filters to equality and list filters to $contains', () => {
    expect(
      agencySearchFilter({ status: 'active', district: '禹州市', ipType: 'trademark', country: 'US', service: 'dispute_response' }),
    ).toEqual({
      status: 'active',
      district: '禹州市',
      ipTypes: { $contains: 'trademark' },
      countries: { $contains: 'US' },
      services: { $contains: 'dispute_response' },
    })
  })

  it('turns each distinct keyword word into a substring test on searchText, at most five', () => {
    expect(agencySearchFilter({ status: 'active', keyword: '商标  禹州 商标' })).toEqual({
      status: 'active',
      $and: [{ searchText: { $search: '商标' } }, { searchText: { $search: '禹州' } }],
    })
    const many = agencySearchFilter({ keyword: 'a b c d e f g' })
    expect(many.$and).toHaveLength(5)
  })
})
