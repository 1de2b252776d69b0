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
    const links = await createCloudBaseFileLinks({ getTempFileURL, uploadFile: jest.fn(), deleteFile: jest.fn() }).temporaryUrls(
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

  it('uploads a file the function built to the given storage path and returns its file id', async () => {
    const uploadFile = jest.fn<ReturnType<WxTempFileApi['uploadFile']>, Parameters<WxTempFileApi['uploadFile']>>()
    uploadFile.mockResolvedValue({ fileID: 'cloud://e.b/exports/u1/x.xlsx' })
    const content = Buffer.from('PK')
    const files = createCloudBaseFileLinks({ getTempFileURL: jest.fn(), uploadFile, deleteFile: jest.fn() })
    await expect(files.upload('exports/u1/x.xlsx', content)).resolves.toBe('cloud://e.b/exports/u1/x.xlsx')
    expect(uploadFile).toHaveBeenCalledWith({ cloudPath: 'exports/u1/x.xlsx', fileContent: content })
    uploadFile.mockResolvedValue({ fileID: '' })
    await expect(files.upload('exports/u1/y.xlsx', content)).rejects.toThrow('uploadFile returned no fileID')
  })

  it('deletes files 50 per call (deleteFile limit)', async () => {
    const deleteFile = jest.fn<ReturnType<WxTempFileApi['deleteFile']>, Parameters<WxTempFileApi['deleteFile']>>()
    deleteFile.mockResolvedValue({ fileList: [] })
    const ids = Array.from({ length: 51 }, (_, i) => `cloud://e.b/exports/u1/${i}.xlsx`)
    await createCloudBaseFileLinks({ getTempFileURL: jest.fn(), uploadFile: jest.fn(), deleteFile }).remove(ids)
    expect(deleteFile.mock.calls.map(([options]) => options.fileList.length)).toEqual([50, 1])
    expect(deleteFile.mock.calls[1][0].fileList).toEqual([ids[50]])
  })

  it('does not call storage for a report without attachments', async () => {
    const getTempFileURL = jest.fn()
    expect((await createCloudBaseFileLinks({ getTempFileURL, uploadFile: jest.fn(), deleteFile: jest.fn() }).temporaryUrls([], 600)).size).toBe(0)
    expect(getTempFileURL).not.toHaveBeenCalled()
  })
})
