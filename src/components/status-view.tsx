import { Button, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { ActionError } from '../services/action-error'
import { messageOf } from '../services/show-error'

interface StatusViewProps {
  icon: string
  title: string
  description?: string
  tone?: 'normal' | 'error'
  testId?: string
  children?: ReactNode
}

/** A centred icon, title and explanation: empty lists, "coming soon", errors. */
export function StatusView({ icon, title, description, tone = 'normal', testId, children }: StatusViewProps) {
  return (
    <View className='state' data-testid={testId}>
      <Text className={tone === 'error' ? 'state__icon state__icon--error' : 'state__icon'}>{icon}</Text>
      <Text className='state__title'>{title}</Text>
      {description && <Text className='state__desc'>{description}</Text>}
      {children}
    </View>
  )
}

export function LoadingView({ text = '加载中…' }: { text?: string }) {
  return (
    <View className='state' data-testid='loading'>
      <Text className='muted'>{text}</Text>
    </View>
  )
}

/** A failed load with the reason and a retry button, so a page never stays blank. */
export function LoadErrorView({ error, onRetry }: { error: ActionError; onRetry: () => void }) {
  return (
    <StatusView icon='!' tone='error' title='加载失败' description={messageOf(error)} testId='load-error'>
      <Button className='btn btn--secondary btn--small' data-testid='retry-load' onClick={onRetry}>
        重新加载
      </Button>
    </StatusView>
  )
}
