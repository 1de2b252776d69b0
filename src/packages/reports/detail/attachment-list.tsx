import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import { attachmentKindOf } from '../../../../types/files'
import { getAttachmentLinks } from '../../../../types/reports/contracts'
import type { AttachmentLinks } from '../../../../types/reports/schemas'
import { callFunction } from '../../../services/call-function'
import { showActionError } from '../../../services/show-error'
import { openPdf, previewImages } from '../shared/open-attachment'

const KIND_LABELS = { image: '图片', pdf: 'PDF', other: '文件' } as const
/** Fetch fresh links this long before the old ones expire (opening a PDF takes a while). */
const REFRESH_MARGIN_MS = 60_000

/**
 * The report's attachments, readable only by the people on the case: each tap asks the server
 * for short-lived links (after the same access check as the report) and opens the file.
 */
export function AttachmentList({ reportId, fileIds }: { reportId: string; fileIds: readonly string[] }) {
  const links = useRef<AttachmentLinks | null>(null)
  const [opening, setOpening] = useState<string | null>(null)

  const currentLinks = async (): Promise<AttachmentLinks> => {
    const known = links.current
    if (known && Date.parse(known.expiresAt) - REFRESH_MARGIN_MS > Date.now()) return known
    links.current = await callFunction(getAttachmentLinks, { reportId })
    return links.current
  }

  const open = async (fileId: string) => {
    if (opening) return
    setOpening(fileId)
    try {
      const { links: all } = await currentLinks()
      const link = all.find((l) => l.fileId === fileId)
      if (!link?.url) {
        void Taro.showToast({ title: '文件已不存在，请联系提交人重新上传', icon: 'none' })
        return
      }
      if (link.kind === 'image') {
        const images = all.filter((l) => l.kind === 'image' && l.url).map((l) => l.url ?? '')
        await previewImages(images, link.url)
      } else {
        await openPdf(link.url)
      }
    } catch (error) {
      showActionError(error)
    } finally {
      setOpening(null)
    }
  }

  return (
    <View className='report-attachments' data-testid='report-attachment-list'>
      <Text className='report-attachments__title'>附件（仅案件相关人员可查看）</Text>
      {fileIds.map((fileId, index) => (
        <View key={fileId} className='report-attachment' data-testid={`report-attachment-${index}`} onClick={() => void open(fileId)}>
          <Text className='report-attachment__name'>
            附件 {index + 1}（{KIND_LABELS[attachmentKindOf(fileId)]}）
          </Text>
          <Text className='report-attachment__open'>{opening === fileId ? '打开中…' : '查看'}</Text>
        </View>
      ))}
    </View>
  )
}
