import { chooseAssignee, type Candidate } from './assignment-rules'

const base: Candidate = {
  kind: 'expert',
  id: 'e1',
  name: '甲',
  userId: 'u1',
  active: true,
  serviceTypes: ['dispute_response'],
  ipTypes: ['trademark'],
  countries: ['US'],
  maxOpenCases: 3,
  openCases: 0,
}
const request = { serviceType: 'dispute_response' as const, ipType: 'trademark' as const, countries: ['US' as const], exclude: [], lastKey: null }

describe('chooseAssignee', () => {
  it('matches service type, IP type and country', () => {
    const decision = chooseAssignee(request, [
      { ...base, id: 'wrong-service', serviceTypes: ['trade_fair'] },
      { ...base, id: 'wrong-ip', ipTypes: ['patent'] },
      { ...base, id: 'wrong-country', countries: ['JP'] },
      { ...base, id: 'fit', name: '乙' },
    ])
    expect(decision.chosen?.id).toBe('fit')
    expect(decision.reason).toContain('匹配 1 位')
  })

  it('skips unavailable, unlinked, declined and full candidates, and says so', () => {
    const decision = chooseAssignee({ ...request, exclude: ['expert:declined'] }, [
      { ...base, id: 'off', name: '休假', active: false },
      { ...base, id: 'nouser', name: '无号', userId: null },
      { ...base, id: 'declined', name: '拒绝者' },
      { ...base, id: 'full', name: '满员', openCases: 3 },
      { ...base, kind: 'agency', id: 'a1', name: '机构', maxOpenCases: null, openCases: 7 },
    ])
    expect(decision.chosen?.id).toBe('a1')
    expect(decision.reason).toContain('休假（暂停接案）')
    expect(decision.reason).toContain('无号（未关联账号）')
    expect(decision.reason).toContain('拒绝者（已拒绝）')
    expect(decision.reason).toContain('满员（已满 3 件）')
  })

  it('prefers the least open load', () => {
    const decision = chooseAssignee(request, [
      { ...base, id: 'busy', openCases: 2 },
      { ...base, id: 'light', openCases: 1 },
    ])
    expect(decision.chosen?.id).toBe('light')
  })

  it('breaks ties round-robin after the cursor, wrapping around', () => {
    const tied = [{ ...base, id: 'b' }, { ...base, id: 'a' }, { ...base, id: 'c' }]
    expect(chooseAssignee(request, tied).chosen?.id).toBe('a')
    expect(chooseAssignee({ ...request, lastKey: 'expert:a' }, tied).chosen?.id).toBe('b')
    expect(chooseAssignee({ ...request, lastKey: 'expert:b' }, tied).chosen?.id).toBe('c')
    expect(chooseAssignee({ ...request, lastKey: 'expert:c' }, tied).chosen?.id).toBe('a')
    expect(chooseAssignee({ ...request, lastKey: 'expert:c' }, tied).reason).toContain('3 位并列时轮流分派')
  })

  it('returns nobody with a reason when no one can take it', () => {
    const decision = chooseAssignee(request, [{ ...base, active: false }])
    expect(decision.chosen).toBeNull()
    expect(decision.reason).toContain('等待工作人员分派')
  })
})
