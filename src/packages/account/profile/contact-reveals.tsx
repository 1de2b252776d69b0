import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { formatShanghai } from '../../../../types/time'
import type { ContactReveal } from '../../../../types/users/contact-reveals'
import { listMyContactReveals } from '../../../../types/users/contracts'
import { callFunction } from '../../../services/call-function'

const RELATION_LABELS: Record<ContactReveal['revealedByRelation'], string> = { staff: '局工作人员', assignee: '承办专家/机构' }

/** Who looked up the liaison's mobile number, for which case and when (every reveal is audited). */
export function ContactReveals() {
  const [reveals, setReveals] = useState<ContactReveal[] | null>(null)
  useEffect(() => {
    callFunction(listMyContactReveals, {}).then(setReveals, () => setReveals(null))
  }, [])
  if (reveals === null) return null
  return (
    <View className='card' data-testid='contact-reveals'>
      <Text className='card__title'>谁查看了我的手机号</Text>
      {reveals.length === 0 && <Text className='card__desc'>还没有人查看过。只有局工作人员和您上报的承办人可以查看，每次查看都会记录在这里。</Text>}
      {reveals.map((reveal) => (
        <View key={`${reveal.at}-${reveal.revealedByName}`} className='info-row' data-testid='contact-reveal'>
          <Text className='info-row__label'>{formatShanghai(reveal.at)}</Text>
          <Text className='info-row__value'>
            {reveal.revealedByName}（{RELATION_LABELS[reveal.revealedByRelation]}）{reveal.reportNumber ? ` · 上报 ${reveal.reportNumber}` : ''}
          </Text>
        </View>
      ))}
    </View>
  )
}
