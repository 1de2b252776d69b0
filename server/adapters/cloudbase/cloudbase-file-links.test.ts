import { createCloudBaseFileLinks, type WxTempFileApi } from './cloudbase-file-links'

describe('CloudBase file links', () => {
  it('asks getTempFileURL with the ttl and maps missing files to null', async () => {
    const getTempFileURL = jest.fn<ReturnType<WxTempFileApi['getTempFileURL']>, Parameters<WxTempFileApi['getTempFileURL']>>()
    getTempFileURL.mockResolvedValue({
      fileList: [
        { fileID: 'cloud://e.b/reports/u/k/a.pdf', tempFileURL: 'https://e.tcb.qcloud.la/reports/u/k/a.pdf?sign=x', status: 0 },
        { fileID: 'cloud://e.b/reports/u/k/gone.jpg', tempFileURL: '', status: -503003 },
      ],
    })
    const links = await createCloudBaseFileLinks({ getTempFileURL }).temporaryUrls(
      ['cloud://e.b/reports/u/k/a.pdf', 'cloud://e.b/reports/u/k/gone.jpg'],
      600,
    )
    expect(getTempFileURL).toHaveBeenCalledWith({
      fileList: [
        { fileID: 'cloud://e.b/reports/u/k/a.pdf', maxAge: 600 },
        { fileID: 'cloud://e.b/reports/u/k/gone.jpg', maxAge: 600 },
      ],
    })
    expect([...links]).toEqual([
      ['cloud://e.b/reports/u/k/a.pdf', 'https://e.tcb.qcloud.la/reports/u/k/a.pdf?sign=x'],
      ['cloud://e.b/reports/u/k/gone.jpg', null],
    ])
  })

  it('does not call storage for a report without attachments', async () => {
    const getTempFileURL = jest.fn()
    expect((await createCloudBaseFileLinks({ getTempFileURL }).temporaryUrls([], 600)).size).toBe(0)
    expect(getTempFileURL).not.toHaveBeenCalled()
  })
})
