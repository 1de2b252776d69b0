import { CONSULTATION_SECTION, visibleEntries } from './sections'

describe('预约 hub entries', () => {
  it('shows each role only what it can use', () => {
    const keys = (roles: Parameters<typeof visibleEntries>[1]) => visibleEntries(CONSULTATION_SECTION, roles).map((e) => e.key)
    expect(keys([])).toEqual(['browse'])
    expect(keys(['liaison'])).toEqual(['browse', 'mine'])
    expect(keys(['agency'])).toEqual(['browse', 'provider', 'availability'])
    expect(keys(['admin', 'staff'])).toEqual(['browse', 'all'])
  })
})
