import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { reportAttachmentFolder } from '../../../../types/files'
import { MAX_ATTACHMENTS } from '../../../../types/reports/schemas'
import type { AttachmentPickerProps } from './attachment-picker'

const MAX_BYTES = 10 * 1024 * 1024
const ALLOWED = ['jpg', 'jpeg', 'png', 'pdf']

interface PickedFile {
  path: string
  size: number
  name: string
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot >= 0 ? name.slice(dot + 1).toLowerCase() : ''
}

function toast(title: string) {
  void Taro.showToast({ title, icon: 'none', duration: 2500 })
}

async function pick(kind: 'image' | 'pdf', count: number): Promise<PickedFile[]> {
  if (kind === 'image') {
    const result = await Taro.chooseMedia({ count, mediaType: ['image'], sourceType: ['album', 'camera'] })
    return result.tempFiles.map((f) => ({ path: f.tempFilePath, size: f.size, name: f.tempFilePath }))
  }
  const result = await Taro.chooseMessageFile({ count, type: 'file', extension: ['pdf'] })
  return result.tempFiles.map((f) => ({ path: f.path, size: f.size, name: f.name }))
}

/** WeChat: photos (camera or album) or PDFs from a chat, checked for type and size, then uploaded. */
export function AttachmentPicker({ value, onChange, reportKey, userId }: AttachmentPickerProps) {
  const [uploading, setUploading] = useState(false)
  const left = MAX_ATTACHMENTS - value.length

  const add = async (kind: 'image' | 'pdf') => {
    if (uploading || left <= 0) return
    let files: PickedFile[]
    try {
      files = await pick(kind, left)
    } catch {
      return // cancelled
    }
    const badType = files.find((f) => !ALLOWED.includes(extensionOf(f.name)))
    if (badType) return toast('仅支持 jpg、png 图片或 PDF 文件')
    const tooBig = files.find((f) => f.size > MAX_BYTES)
    if (tooBig) return toast('单个文件不能超过 10 MB')
    setUploading(true)
    const uploaded: string[] = []
    try {
      for (const [index, file] of files.entries()) {
        const ext = extensionOf(file.name) === 'jpeg' ? 'jpg' : extensionOf(file.name)
        const result = await Taro.cloud.uploadFile({
          cloudPath: `${reportAttachmentFolder(userId, reportKey)}${Date.now().toString(36)}-${index}.${ext}`,
          filePath: file.path,
        })
        uploaded.push(result.fileID)
      }
    } catch {
      toast('上传失败，请稍后重试')
    } finally {
      if (uploaded.length > 0) onChange([...value, ...uploaded])
      setUploading(false)
    }
  }

  return (
    <View data-testid='report-attachments'>
      {value.map((fileId, index) => (
        <View key={fileId} className='report-attachment'>
          <Text className='report-attachment__name'>
            附件 {index + 1}（{extensionOf(fileId) === 'pdf' ? 'PDF' : '图片'}）
          </Text>
          <Text className='report-attachment__remove' onClick={() => onChange(value.filter((id) => id !== fileId))}>
            删除
          </Text>
        </View>
      ))}
      {left > 0 && (
        <View className='report-attachment__actions'>
          <Text className='chip' onClick={() => void add('image')}>
            {uploading ? '上传中…' : '＋ 照片'}
          </Text>
          <Text className='chip' onClick={() => void add('pdf')}>
            ＋ PDF（从聊天选择）
          </Text>
        </View>
      )}
      <Text className='form-field__hint'>jpg / png / pdf，单个不超过 10 MB，最多 {MAX_ATTACHMENTS} 个；仅案件相关人员可查看</Text>
    </View>
  )
}
