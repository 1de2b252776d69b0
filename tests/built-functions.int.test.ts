/**
 * The deployed artifact, not the TypeScript: builds the directory function with
 * `scripts/build-functions.mjs` into a temporary folder (the folder DevTools would upload), then
 * requires that index.js the way CloudBase does — with wx-server-sdk replaced by a fake whose
 * database is the recording CloudBase fake — and runs the XLSX export and import actions. They
 * must load exceljs from the exceljs.js file beside index.js, which must not itself contain it.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { FakeCloudBaseDatabase } from '../server/adapters/cloudbase/fake-cloudbase-database'
import { newUserRecord } from '../server/modules/users/new-user-record'
import { userIdForOpenid } from '../server/modules/users/user-id'
import type { WxCloud } from '../server/platform/wechat/create-wx-main'

const OPENID = 'o_built_bundle_staff'
const repo = join(__dirname, '..')
let out: string
let db: FakeCloudBaseDatabase
let main: (event: unknown) => Promise<{ ok: boolean; data?: unknown; code?: string; message?: string }>

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'built-functions-'))
  execFileSync(process.execPath, ['scripts/build-functions.mjs', '--only', 'directory', '--out', out, '--no-timing'], { cwd: repo, stdio: 'pipe' })
  process.env.ADMIN_OPENIDS = OPENID
  db = new FakeCloudBaseDatabase()
  const cloud: WxCloud = {
    DYNAMIC_CURRENT_ENV: 'env',
    init: () => {},
    database: () => db,
    getWXContext: () => ({ OPENID, SOURCE: 'wx_client' }),
    openapi: {} as WxCloud['openapi'],
    getTempFileURL: async () => ({ fileList: [] }),
    uploadFile: async () => ({ fileID: '' }),
    deleteFile: async () => ({ fileList: [] }),
  }
  // The bundle keeps wx-server-sdk external; CloudBase installs it, here the fake stands in.
  jest.doMock('wx-server-sdk', () => cloud, { virtual: true })
  main = jest.requireActual<{ main: typeof main }>(join(out, 'directory', 'index.js')).main
}, 120_000)

afterAll(() => {
  delete process.env.ADMIN_OPENIDS
  rmSync(out, { recursive: true, force: true })
})

/** One call as CloudBase makes it, by a staff member whose user record is the call's first read. */
function callAsStaff(action: string, data: unknown) {
  // A bootstrap admin (roles come from ADMIN_OPENIDS); every later read finds nothing: an empty
  // directory, no rate-limit bucket yet.
  db.respond('get', { data: [newUserRecord(userIdForOpenid(OPENID), OPENID, '2026-11-25T02:00:00.000Z')] })
  return main({ action, data })
}

test('the upload folder holds index.js without exceljs and exceljs.js beside it', () => {
  const index = readFileSync(join(out, 'directory', 'index.js'), 'utf8')
  expect(index).toContain('require("./exceljs.js")')
  expect(index).not.toContain('exceljs.nodejs')
  expect(statSync(join(out, 'directory', 'index.js')).size).toBeLessThan(300 * 1024)
  expect(existsSync(join(out, 'directory', 'exceljs.js'))).toBe(true)
  expect(readFileSync(join(out, 'directory', 'exceljs.js'), 'utf8')).toContain('Workbook')
})

test('exportAgencies as xlsx answers a workbook written by the lazily loaded exceljs.js', async () => {
  const answer = await callAsStaff('exportAgencies', { format: 'xlsx' })
  expect(answer).toMatchObject({ ok: true, data: { format: 'xlsx', encoding: 'base64', rowCount: 0 } })
  const { content } = answer.data as { content: string }
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(content, 'base64') as unknown as ArrayBuffer)
  const header = workbook.worksheets[0].getRow(1).values as unknown[]
  expect(header.slice(1, 5)).toEqual(['编号', '序号', '批次', '机构名称'])
  // The first xlsx action loads (and, under jest, transforms) the 1 MB exceljs.js.
}, 120_000)

test('importAgencies reads an xlsx through exceljs.js and refuses a file that is not a workbook', async () => {
  const notAWorkbook = await callAsStaff('importAgencies', { format: 'xlsx', content: Buffer.from('not a workbook').toString('base64'), dryRun: true })
  expect(notAWorkbook).toMatchObject({ ok: true, data: { applied: false, errors: [{ row: 1, column: null, message: expect.stringContaining('.xlsx') }] } })
})
