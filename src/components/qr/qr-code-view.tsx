import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo } from 'react'
import { qrMatrix, rowRuns } from './qr-matrix'
import './qr-code-view.scss'

/**
 * A QR code drawn with views (no canvas, no image): black runs on white with a four-module quiet
 * zone, large enough for a scanner at arm's length. Used by salon e-tickets and invitation codes.
 */
export function QrCodeView({ text, size = 480, testId = 'ticket-qr' }: { text: string; size?: number; testId?: string }) {
  const rows = useMemo(() => qrMatrix(text), [text])
  const modules = rows.length + 8
  const cell = Math.max(4, Math.floor(size / modules))
  const px = (n: number) => Taro.pxTransform(n)
  return (
    <View className='qr' style={{ padding: px(cell * 4), width: px(cell * rows.length), background: '#ffffff' }} data-testid={testId}>
      {rows.map((row, r) => (
        <View key={r} className='qr__row' style={{ height: px(cell) }}>
          {rowRuns(row).map((run, i) => (
            <View key={i} className={run.dark ? 'qr__run qr__run--dark' : 'qr__run'} style={{ width: px(cell * run.length), height: px(cell) }} />
          ))}
        </View>
      ))}
    </View>
  )
}
