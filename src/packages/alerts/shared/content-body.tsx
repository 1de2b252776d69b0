import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Block } from '../../../../types/content/blocks'

function copyLink(url: string) {
  void Taro.setClipboardData({ data: url }).then(
    () => Taro.showToast({ title: '链接已复制，请在浏览器中打开', icon: 'none' }),
    () => Taro.showToast({ title: '复制失败，请手动记录链接', icon: 'none' }),
  )
}

/**
 * An article body: every block becomes plain text nodes (no rich text, no HTML). Links are shown
 * with their address and copied on tap — a mini program cannot open outside sites.
 */
export function ContentBody({ blocks }: { blocks: readonly Block[] }) {
  return (
    <View className='article__body' data-testid='content-body'>
      {blocks.map((block, index) => {
        switch (block.type) {
          case 'heading':
            return (
              <Text key={index} className='article__heading'>
                {block.text}
              </Text>
            )
          case 'paragraph':
            return (
              <Text key={index} className='article__paragraph'>
                {block.text}
              </Text>
            )
          case 'list':
            return (
              <View key={index} className='article__list'>
                {block.items.map((item, i) => (
                  <Text key={i} className='article__list-item'>
                    {block.ordered ? `${i + 1}. ` : '• '}
                    {item}
                  </Text>
                ))}
              </View>
            )
          case 'link':
            return (
              <View key={index} className='article__link' data-testid='content-link' onClick={() => copyLink(block.url)}>
                <Text>{block.text}</Text>
                <Text>{'\n'}{block.url}（点击复制）</Text>
              </View>
            )
          case 'image':
            // Images live in the bureau's cloud storage; only the caption is shown in this version.
            return block.caption ? (
              <Text key={index} className='muted article__paragraph'>
                〔图片〕{block.caption}
              </Text>
            ) : null
        }
      })}
    </View>
  )
}
