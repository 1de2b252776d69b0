import { Text, View } from '@tarojs/components'
import { CONTENT_STATUS_LABELS, type Content } from '../../../../types/content/schemas'
import { formatShanghai } from '../../../../types/time'

/** Whether the item is new, a draft, published or withdrawn, and which revision the form holds. */
export function EditorStatusCard({ content, lossy }: { content: Content | null; lossy: boolean }) {
  const status = content?.status ?? 'draft'
  return (
    <View className='card editor__status'>
      <View className='card__header'>
        <Text className='card__title'>{content ? '编辑' : '新建'}</Text>
        <Text className={status === 'published' ? 'tag tag--green' : status === 'withdrawn' ? 'tag tag--red' : 'tag'} data-testid='editor-status' data-status={content ? status : 'new'}>
          {content ? CONTENT_STATUS_LABELS[status] : '未保存'}
        </Text>
      </View>
      {content && (
        <Text className='muted'>
          第 {content.revision} 版 · 最后修改 {formatShanghai(content.updatedAt)}
        </Text>
      )}
      {lossy && <Text className='notice'>正文中的列表、链接或图片在此编辑器中以文字段落显示，保存后将变为普通段落。</Text>}
    </View>
  )
}
