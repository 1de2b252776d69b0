import {
  PRIVACY_AGREE_BUTTON_ID,
  answerPrivacyAuthorization,
  needPrivacyAuthorization,
  reportPrivacySheetShown,
  watchPrivacyAuthorization,
  type PrivacyResolve,
} from './privacy-authorization'

describe('privacy authorization (WeChat onNeedPrivacyAuthorization)', () => {
  it('opens the sheet, reports it shown, and lets every paused API continue on agree', () => {
    const seen: ({ referrer: string } | null)[] = []
    const stop = watchPrivacyAuthorization((request) => seen.push(request))
    const first = jest.fn<void, Parameters<PrivacyResolve>>()
    const second = jest.fn<void, Parameters<PrivacyResolve>>()
    needPrivacyAuthorization(first, { referrer: 'chooseMedia' })
    needPrivacyAuthorization(second, { referrer: 'chooseMessageFile' })
    reportPrivacySheetShown()
    answerPrivacyAuthorization(true)
    stop()
    expect(seen).toEqual([null, { referrer: 'chooseMedia' }, { referrer: 'chooseMessageFile' }, null])
    for (const resolve of [first, second]) {
      expect(resolve.mock.calls).toEqual([[{ event: 'exposureAuthorization' }], [{ event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID }]])
    }
  })

  it('fails the paused API on decline and forgets it', () => {
    const resolve = jest.fn<void, Parameters<PrivacyResolve>>()
    needPrivacyAuthorization(resolve, { referrer: 'setClipboardData' })
    answerPrivacyAuthorization(false)
    answerPrivacyAuthorization(true)
    expect(resolve.mock.calls).toEqual([[{ event: 'disagree' }]])
  })
})
