import type { SessionDetail } from '../../../../types/salons/schemas'
import { sessionInputSchema } from '../../../../types/salons/schemas'
import { editorFrom, emptyEditor, inputFrom } from './editor-form'

const NOW = new Date('2026-11-25T02:00:00.000Z')

describe('salon editor form', () => {
  it('turns Shanghai wall-clock picks into UTC instants; sign-up closes an hour before the start', () => {
    const state = { ...emptyEditor(NOW), title: '欧盟外观设计保护培训', date: '2026-12-02', startTime: '09:30', endTime: '11:30' }
    const input = inputFrom(state, NOW, null)
    expect(input).toMatchObject({
      startsAt: '2026-12-02T01:30:00.000Z',
      endsAt: '2026-12-02T03:30:00.000Z',
      registrationOpensAt: NOW.toISOString(),
      registrationClosesAt: '2026-12-02T00:30:00.000Z',
      capacity: 50,
      perEnterpriseLimit: 2,
      questions: [{ questionId: 'q1', text: '主要出口市场', required: false }],
    })
    expect(sessionInputSchema.safeParse(input).success).toBe(true)
  })

  it('puts pool experts first, splits other speakers on 顿号 or commas, keeps an existing opening, and drops an empty question', () => {
    const experts = [{ expertId: 'demo_expert_01', name: '【演示】林知远' }]
    const input = inputFrom({ ...emptyEditor(NOW), title: '测试活动标题', experts, speakers: '赵老师、 王律师, ', question: ' ' }, NOW, '2026-11-20T00:00:00.000Z')
    expect(input.speakers).toEqual([
      { expertId: 'demo_expert_01', name: '【演示】林知远' },
      { expertId: null, name: '赵老师' },
      { expertId: null, name: '王律师' },
    ])
    expect(input.registrationOpensAt).toBe('2026-11-20T00:00:00.000Z')
    expect(input.questions).toEqual([])
  })

  it('round-trips a saved session back into the form in Shanghai time', () => {
    const input = inputFrom({ ...emptyEditor(NOW), title: '美国商标维权实务沙龙', date: '2026-11-28', startTime: '09:30', endTime: '12:00' }, NOW, null)
    const detail = { ...input, description: input.description, sessionId: 's', status: 'draft', placeName: null, online: false, seatsLeft: 50, waiting: 0, seats: { capacity: 50, confirmed: 0, held: 0, free: 50, waiting: 0 }, myRegistrations: [] } as unknown as SessionDetail
    expect(editorFrom({ ...detail, speakers: [{ expertId: 'e1', name: '甲' }, { expertId: null, name: '乙' }] })).toMatchObject({ experts: [{ expertId: 'e1', name: '甲' }], speakers: '乙' })
    expect(editorFrom(detail)).toMatchObject({ date: '2026-11-28', startTime: '09:30', endTime: '12:00', capacity: '50', placeName: '许昌市市场监督管理局' })
  })
})
