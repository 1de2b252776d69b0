import type { SessionDetail } from '../../../../types/salons/schemas'
import { sessionInputSchema } from '../../../../types/salons/schemas'
import { editorFrom, emptyEditor, inputFrom } from './editor-form'

const NOW = new Date('2026-11-25T02:00:00.000Z')

describe('salon editor form', () => {
  it('numbers the non-blank questions q1.. in order, keeping which are required, at most 5', () => {
    const questions = ['出口市场', '', '关心的问题', '企业规模', '联系人', '第六个'].map((text, i) => ({ text, required: i === 2 }))
    const input = inputFrom({ ...emptyEditor(NOW), title: '测试活动标题', questions }, NOW, null)
    expect(input.questions).toEqual([
      { questionId: 'q1', text: '出口市场', required: false },
      { questionId: 'q2', text: '关心的问题', required: true },
      { questionId: 'q3', text: '企业规模', required: false },
      { questionId: 'q4', text: '联系人', required: false },
      { questionId: 'q5', text: '第六个', required: false },
    ])
  })

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

  it('keeps the ids of saved questions so earlier answers stay attached', () => {
    const questions = [
      { questionId: 'q2', text: '关心的问题', required: true },
      { text: '新问题', required: false },
    ]
    expect(inputFrom({ ...emptyEditor(NOW), title: '测试活动标题', questions }, NOW, null).questions).toEqual([
      { questionId: 'q2', text: '关心的问题', required: true },
      { questionId: 'q1', text: '新问题', required: false },
    ])
  })

  it('puts pool experts first, splits other speakers on 顿号 or commas, keeps an existing opening, and drops an empty question', () => {
    const experts = [{ expertId: 'demo_expert_01', name: '【演示】林知远' }]
    const input = inputFrom({ ...emptyEditor(NOW), title: '测试活动标题', experts, speakers: '赵老师、 王律师, ', questions: [{ text: ' ', required: true }] }, NOW, '2026-11-20T00:00:00.000Z')
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
