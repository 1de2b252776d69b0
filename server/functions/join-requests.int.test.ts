import { listMyMessages } from '../../types/messaging/contracts'
import {
  acceptPrivacyGuide,
  applyForEnterprise,
  attachApplicationProof,
  getApplication,
  getApplicationProofLink,
  getMyProfile,
  listJoinRequests,
  objectToJoinRequest,
  requireApplicationProof,
  reviewApplication,
} from '../../types/users/contracts'
import { applicationProofFolder } from '../../types/users/join-requests'
import { PRIVACY_GUIDE_VERSION } from '../../types/users/schemas'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { demoOpenid } from '../seed/demo-users'

const STAFF = demoOpenid('staff')
const LIAISON = demoOpenid('liaison')
const EXPERT = demoOpenid('expert')
/** The demo enterprise (許昌瑞发) and its record as seeded. */
const DEMO_CODE = '91411000MA45XR1K2C'
const DEMO_RECORD = { enterpriseId: `ent_${DEMO_CODE}`, name: '许昌瑞发发制品有限公司', industry: 'hair_products', exportMarkets: ['US', 'NG', 'GB', 'EU'] }

/** User B's application with A's (public) credit code and their own idea of the enterprise. */
const takeover = {
  enterpriseName: '瑞发国际贸易（冒名）',
  creditCode: DEMO_CODE,
  industry: 'electronics',
  exportMarkets: ['JP'],
  liaisonName: '赵冒',
  mobile: '13912345678',
}
const fresh = { ...takeover, enterpriseName: '许昌恒达发制品有限公司', creditCode: '91411000MA46A0B73N', industry: 'hair_products', exportMarkets: ['US'] }

let h: GatewayHarness
let seq = 0
async function consentingUser(): Promise<string> {
  const openid = `openid-join-${++seq}`
  await h.ok(acceptPrivacyGuide, { version: PRIVACY_GUIDE_VERSION }, openid)
  return openid
}
/** A file id in the applicant's own upload folder for this application, as the mini program makes it. */
async function letterOf(openid: string, applicationId: string, name = 'letter.pdf'): Promise<string> {
  const { userId } = await h.ok(getMyProfile, {}, openid)
  return `cloud://env-1.bucket/${applicationProofFolder(userId, applicationId)}${name}`
}
async function deliverAll() {
  await h.runTimer('dispatcher', 'dispatchDue')
  await h.runTimer('dispatcher', 'dispatchDue')
}

beforeEach(async () => {
  h = await startHarness()
})
afterEach(() => h.close())

describe('join requests: an application for a registered credit code', () => {
  it('the original repro: staff see the warning, liaisons are told, approval leaves the enterprise record as it was', async () => {
    const userB = await consentingUser()
    const application = await h.ok(applyForEnterprise, takeover, userB)
    expect(application).toMatchObject({ kind: 'join', status: 'pending', proofRequired: false, objectionCount: 0 })

    // Staff: the enterprise on record and its liaisons, next to what B typed.
    const review = await h.ok(getApplication, { applicationId: application.applicationId }, STAFF)
    expect(review.existingEnterprise).toMatchObject(DEMO_RECORD)
    expect(review.existingLiaisons).toEqual([expect.objectContaining({ displayName: '王联络（瑞发发制品）', liaisonName: '王联络', mobileMasked: '138****8000' })])
    expect(JSON.stringify(review)).not.toContain('13800138000')

    // The existing liaison is told at once (urgent, through the outbox) and sees the request.
    await deliverAll()
    const inbox = await h.ok(listMyMessages, {}, LIAISON)
    expect(inbox.items).toEqual([expect.objectContaining({ title: '有人申请加入您的企业', page: 'packages/account/join-requests/index' })])
    expect(inbox.items[0]?.summary).toContain('赵冒')
    expect(await h.ok(listJoinRequests, {}, LIAISON)).toEqual([
      expect.objectContaining({ applicationId: application.applicationId, status: 'pending', applicantName: '赵冒', claimedEnterpriseName: '瑞发国际贸易（冒名）', myObjection: null }),
    ])

    // Approval adds B as a liaison and changes nothing else on the enterprise.
    const approved = await h.ok(reviewApplication, { applicationId: application.applicationId, decision: 'approve' }, STAFF)
    expect(approved).toMatchObject({ status: 'approved', kind: 'join' })
    const profileA = await h.ok(getMyProfile, {}, LIAISON)
    const profileB = await h.ok(getMyProfile, {}, userB)
    expect(profileA.enterprise).toMatchObject(DEMO_RECORD)
    expect(profileB.enterprise).toEqual(profileA.enterprise)
    expect(profileB.roles).toEqual(['liaison'])
    await deliverAll()
    expect((await h.ok(listMyMessages, {}, LIAISON)).items.map((m) => m.title)).toContain('企业新增联络员')
  })

  it('an objection blocks approval until staff required and received an authorization letter', async () => {
    const userB = await consentingUser()
    const { applicationId } = await h.ok(applyForEnterprise, takeover, userB)
    const objected = await h.ok(objectToJoinRequest, { applicationId, reason: '此人不是我司员工' }, LIAISON)
    expect(objected.myObjection).toEqual({ reason: '此人不是我司员工', at: '2026-11-25T02:00:00.000Z' })

    const review = await h.ok(getApplication, { applicationId }, STAFF)
    expect(review.objectionCount).toBe(1)
    expect(review.objections).toEqual([expect.objectContaining({ displayName: '王联络（瑞发发制品）', reason: '此人不是我司员工' })])
    await deliverAll()
    expect((await h.ok(listMyMessages, {}, STAFF)).items.map((m) => m.title)).toContain('企业联络员对加入申请提出异议')

    const blocked = await h.call(reviewApplication, { applicationId, decision: 'approve' }, STAFF)
    expect(blocked).toMatchObject({ ok: false, code: 'INVALID_STATE' })
    if (!blocked.ok) expect(blocked.message).toContain('授权委托书')
    expect((await h.ok(getMyProfile, {}, userB)).roles).toEqual([])

    expect(await h.ok(requireApplicationProof, { applicationId }, STAFF)).toMatchObject({ proofRequired: true, proofFileId: null })
    await deliverAll()
    expect((await h.ok(listMyMessages, {}, userB)).items.map((m) => m.title)).toContain('请上传授权委托书')
    // Only the applicant attaches, only their own upload for this application, only a cloud file id.
    const letter = await letterOf(userB, applicationId)
    expect(await h.call(attachApplicationProof, { applicationId, fileId: await letterOf(LIAISON, applicationId) }, LIAISON)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    const foreign = await h.call(attachApplicationProof, { applicationId, fileId: await letterOf(LIAISON, applicationId) }, userB)
    expect(foreign).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', issues: [{ path: ['fileId'] }] })
    expect(await h.call(attachApplicationProof, { applicationId, fileId: 'cloud://env-1.bucket/reports/x.pdf' }, userB)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' })
    expect(await h.call(attachApplicationProof, { applicationId, fileId: 'https://evil.example/x.pdf' }, userB)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' })
    const withProof = await h.ok(attachApplicationProof, { applicationId, fileId: letter }, userB)
    expect(withProof).toMatchObject({ proofRequired: true, proofFileId: letter })

    // Staff checked the letter and reject after all: still nothing changes on the enterprise.
    await h.ok(reviewApplication, { applicationId, decision: 'reject', reason: '授权委托书印章与企业不符' }, STAFF)
    expect((await h.ok(getMyProfile, {}, LIAISON)).enterprise).toMatchObject(DEMO_RECORD)
    expect(await h.call(objectToJoinRequest, { applicationId, reason: '再次反对' }, LIAISON)).toMatchObject({ ok: false, code: 'INVALID_STATE' })
    expect(await h.call(attachApplicationProof, { applicationId, fileId: await letterOf(userB, applicationId, 'p2.pdf') }, userB)).toMatchObject({ ok: false, code: 'INVALID_STATE' })
  })

  it('with the letter attached after an objection, approval goes through without touching the record', async () => {
    const userB = await consentingUser()
    const { applicationId } = await h.ok(applyForEnterprise, takeover, userB)
    await h.ok(objectToJoinRequest, { applicationId, reason: '不认识此人' }, LIAISON)
    expect(await h.call(getApplicationProofLink, { applicationId }, STAFF)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    await h.ok(attachApplicationProof, { applicationId, fileId: await letterOf(userB, applicationId) }, userB)
    // Staff open the letter through a short-lived link; nobody else gets one.
    const link = await h.ok(getApplicationProofLink, { applicationId }, STAFF)
    expect(link).toMatchObject({ kind: 'pdf', expiresAt: '2026-11-25T02:10:00.000Z' })
    expect(link.url).toMatch(/^\/api\/files\?id=/)
    for (const who of [userB, LIAISON, EXPERT]) {
      expect(await h.call(getApplicationProofLink, { applicationId }, who)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
    await h.ok(reviewApplication, { applicationId, decision: 'approve' }, STAFF)
    expect((await h.ok(getMyProfile, {}, userB)).enterprise).toMatchObject(DEMO_RECORD)
  })

  it('proof required without an objection: approval waits for the letter', async () => {
    const userB = await consentingUser()
    const { applicationId } = await h.ok(applyForEnterprise, takeover, userB)
    await h.ok(requireApplicationProof, { applicationId }, STAFF)
    expect(await h.call(reviewApplication, { applicationId, decision: 'approve' }, STAFF)).toMatchObject({ ok: false, code: 'INVALID_STATE' })
    await h.ok(attachApplicationProof, { applicationId, fileId: await letterOf(userB, applicationId) }, userB)
    await h.ok(reviewApplication, { applicationId, decision: 'approve' }, STAFF)
    expect((await h.ok(getMyProfile, {}, userB)).roles).toEqual(['liaison'])
  })

  it('refuses objections and listings from anyone but the enterprise\'s own liaisons, and proof requests from non-staff', async () => {
    const userB = await consentingUser()
    const { applicationId } = await h.ok(applyForEnterprise, takeover, userB)
    expect(await h.call(objectToJoinRequest, { applicationId, reason: '反对' }, userB)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(objectToJoinRequest, { applicationId, reason: '反对' }, EXPERT)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(listJoinRequests, {}, userB)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(requireApplicationProof, { applicationId }, LIAISON)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(objectToJoinRequest, { applicationId, reason: ' ' }, LIAISON)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' })

    // A liaison of another enterprise cannot see or object to this request.
    const userC = await consentingUser()
    const other = await h.ok(applyForEnterprise, fresh, userC)
    await h.ok(reviewApplication, { applicationId: other.applicationId, decision: 'approve' }, STAFF)
    expect(await h.call(objectToJoinRequest, { applicationId, reason: '反对' }, userC)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await h.ok(listJoinRequests, {}, userC)).toEqual([])
    // A liaison objecting twice keeps one objection (the latest reason).
    await h.ok(objectToJoinRequest, { applicationId, reason: '第一次' }, LIAISON)
    await h.ok(objectToJoinRequest, { applicationId, reason: '补充：此人已离职' }, LIAISON)
    expect((await h.ok(getApplication, { applicationId }, STAFF)).objections).toEqual([expect.objectContaining({ reason: '补充：此人已离职' })])
  })

  it('a new credit code is a registration; a second application for it, filed before approval, becomes a join request', async () => {
    const first = await consentingUser()
    const second = await consentingUser()
    const a = await h.ok(applyForEnterprise, fresh, first)
    const b = await h.ok(applyForEnterprise, { ...fresh, enterpriseName: '恒达（改名）', industry: 'electronics', exportMarkets: ['JP'] }, second)
    expect([a.kind, b.kind]).toEqual(['register', 'register'])
    expect((await h.ok(getApplication, { applicationId: b.applicationId }, STAFF)).existingEnterprise).toBeNull()

    await h.ok(reviewApplication, { applicationId: a.applicationId, decision: 'approve' }, STAFF)
    const reviewB = await h.ok(getApplication, { applicationId: b.applicationId }, STAFF)
    expect(reviewB.existingEnterprise).toMatchObject({ name: '许昌恒达发制品有限公司' })
    expect(reviewB.existingLiaisons).toHaveLength(1)
    const approvedB = await h.ok(reviewApplication, { applicationId: b.applicationId, decision: 'approve' }, STAFF)
    expect(approvedB.kind).toBe('join')
    expect((await h.ok(getMyProfile, {}, second)).enterprise).toMatchObject({ name: '许昌恒达发制品有限公司', industry: 'hair_products', exportMarkets: ['US'] })
  })

  it('an objection racing the approval: either the objection lands and blocks approval, or approval wins and the objection is refused', async () => {
    for (let round = 0; round < 4; round++) {
      const applicant = await consentingUser()
      const { applicationId } = await h.ok(applyForEnterprise, takeover, applicant)
      const [objection, approval] = await Promise.all([
        h.call(objectToJoinRequest, { applicationId, reason: '不认识此人' }, LIAISON),
        h.call(reviewApplication, { applicationId, decision: 'approve' }, STAFF),
      ])
      const joined = (await h.ok(getMyProfile, {}, applicant)).roles.includes('liaison')
      if (objection.ok) {
        // The objection is on record, so the approval was refused because of it.
        expect(approval).toMatchObject({ ok: false, code: 'INVALID_STATE' })
        expect(joined).toBe(false)
      } else {
        expect(objection).toMatchObject({ ok: false, code: 'INVALID_STATE' })
        expect(approval.ok).toBe(true)
        expect(joined).toBe(true)
      }
    }
  })
})
