import { reportInputSchema } from '../../../../types/reports/schemas'
import { newIdempotencyKey } from './idempotency-key'

describe('newIdempotencyKey', () => {
  it('makes keys the report contract accepts, different each time', () => {
    const keys = new Set(Array.from({ length: 200 }, () => newIdempotencyKey()))
    expect(keys.size).toBe(200)
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
  })

  it('goes through the input schema with a filled-in draft', () => {
    const result = reportInputSchema.safeParse({
      idempotencyKey: newIdempotencyKey(),
      serviceType: 'dispute_response',
      ipType: 'trademark',
      countries: ['US'],
      industry: 'hair_products',
      counterpart: 'Glamour Hair LLC',
      deadline: null,
      urgency: 'normal',
      description: '对方在美国法院起诉我司商标侵权，请求指导。',
      attachments: [],
    })
    expect(result.success).toBe(true)
  })
})
