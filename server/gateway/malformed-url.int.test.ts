import { request } from 'node:http'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'

let h: GatewayHarness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

/** A raw GET: fetch would normalise the path before it reaches the gateway. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(h.url)
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('gateway: malformed percent-encoding', () => {
  it.each(['/%', '/%c0%ae', '/%E4%B8', '/api/functions/%zz', '/index.html%'])('%s is a 400 with a Chinese message and no stack in the log', async (path) => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => {})
    try {
      const { status, body } = await rawGet(path)
      expect(status).toBe(400)
      expect(JSON.parse(body)).toEqual({ ok: false, code: 'VALIDATION_FAILED', message: '网址格式不正确，请检查链接' })
      expect(logged).not.toHaveBeenCalled()
    } finally {
      logged.mockRestore()
    }
  })

  it('well-formed encoded paths still work', async () => {
    expect((await rawGet('/api/health')).status).toBe(200)
    expect((await rawGet('/api/%E4%B8%AD')).status).toBe(404)
  })
})
