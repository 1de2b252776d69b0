import { Button, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { attachApplicationProof } from '../../../../types/users/contracts'
import { applicationProofFolder } from '../../../../types/users/join-requests'
import { classNames } from '../../../lib/class-names'
import { callFunction } from '../../../services/call-function'
import { showActionError } from '../../../services/show-error'
import type { ProofUploadProps } from './proof-upload'

const MAX_BYTES = 10 * 1024 * 1024

/** WeChat: a photo (camera or album) or a PDF from a chat, uploaded, then attached to the application. */
export function ProofUpload({ application, onAttached }: ProofUploadProps) {
  const [busy, setBusy] = useState(false)

  const upload = async (kind: 'image' | 'pdf') => {
    if (busy) return
    let file: { path: string; size: number; ext: string }
    try {
      if (kind === 'image') {
        const picked = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['album', 'camera'] })
        const first = picked.tempFiles[0]
        file = { path: first.tempFilePath, size: first.size, ext: 'jpg' }
      } else {
        const picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] })
        const first = picked.tempFiles[0]
        file = { path: first.path, size: first.size, ext: 'pdf' }
      }
    } catch {
      return // cancelled
    }
    if (file.size > MAX_BYTES) {
      void Taro.showToast({ title: '文件不能超过 10 MB', icon: 'none' })
      return
    }
    setBusy(true)
    try {
      const { fileID } = await Taro.cloud.uploadFile({
        cloudPath: `${applicationProofFolder(application.applicantUserId, application.applicationId)}proof-${Date.now().toString(36)}.${file.ext}`,
        filePath: file.path,
      })
      onAttached(await callFunction(attachApplicationProof, { applicationId: application.applicationId, fileId: fileID }))
      void Taro.showToast({ title: '已上传', icon: 'success' })
    } catch (error) {
      showActionError(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='btn-group'>
      <Button className={classNames('btn btn--secondary', busy && 'btn--disabled')} disabled={busy} onClick={() => void upload('image')}>
        拍照或选图片
      </Button>
      <Button className={classNames('btn btn--secondary', busy && 'btn--disabled')} disabled={busy} onClick={() => void upload('pdf')}>
        从聊天选 PDF
      </Button>
    </View>
  )
}
