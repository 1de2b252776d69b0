import { Button, Input, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { checkIn, searchAttendees } from '../../../../types/salons/contracts'
import type { CheckInResult } from '../../../../types/salons/schemas'
import * as z from 'zod'
import { staffAttendeeSchema } from '../../../../types/salons/schemas'
import { PrivacySheet } from '../../../components/privacy-sheet'
import { callFunction } from '../../../services/call-function'
import { showActionError } from '../../../services/show-error'
import { statusLabel } from '../shared/labels'
import '../shared/salons.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'
type Attendee = z.infer<typeof staffAttendeeSchema>

/** The door: scan (or paste) a ticket, or find a name; the result fills the screen in green or red with the reason. */
export default function SalonCheckInPage() {
  const { params } = useRouter()
  const sessionId = params.id ?? ''
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const [found, setFound] = useState<Attendee[]>([])
  const [result, setResult] = useState<CheckInResult | null>(null)
  const [busy, setBusy] = useState(false)

  const admit = async (input: { ticketCode?: string; registrationId?: string }) => {
    setBusy(true)
    try {
      setResult(await callFunction(checkIn, { sessionId, ...input }))
      setCode('')
    } catch (error) {
      showActionError(error)
    } finally {
      setBusy(false)
    }
  }
  const scan = () => {
    void Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] }).then(
      (res) => admit({ ticketCode: res.result }),
      () => undefined,
    )
  }
  const search = async () => {
    try {
      setFound((await callFunction(searchAttendees, { sessionId, name })).items)
    } catch (error) {
      showActionError(error)
    }
  }

  return (
    <View className='page salon-check-in'>
      {result && (
        <View className={result.admitted ? 'check-result check-result--ok' : 'check-result check-result--refused'} data-testid='check-in-result' data-admitted={String(result.admitted)} onClick={() => setResult(null)}>
          <Text className='check-result__mark'>{result.admitted ? '✓' : '✕'}</Text>
          <Text className='check-result__message' data-testid='check-in-message'>{result.message}</Text>
          {result.attendeeName && <Text className='check-result__who'>{result.attendeeName}{result.enterpriseName ? ` · ${result.enterpriseName}` : ''}</Text>}
          <Text className='check-result__hint'>点击任意处继续签到</Text>
        </View>
      )}
      {IS_WEAPP && (
        <Button className='btn btn--primary salon-check-in__scan' data-testid='check-in-scan' disabled={busy} onClick={scan}>
          扫描电子票
        </Button>
      )}
      <View className='card'>
        <Text className='card__title'>输入票码</Text>
        <View className='form-field__control'>
          <Input maxlength={-1} className='form-field__input' data-testid='check-in-code' placeholder='扫码枪或粘贴票码' value={code} onInput={(e) => setCode(e.detail.value)} />
        </View>
        <Button className='btn btn--primary' data-testid='check-in-submit' disabled={busy || !code.trim()} onClick={() => void admit({ ticketCode: code.trim() })}>
          签到
        </Button>
      </View>
      <View className='card'>
        <Text className='card__title'>按姓名查找</Text>
        <View className='form-field__control'>
          <Input maxlength={-1} className='form-field__input' data-testid='check-in-name' placeholder='参会人姓名' value={name} onInput={(e) => setName(e.detail.value)} />
        </View>
        <Button className='btn btn--secondary' data-testid='check-in-search' onClick={() => void search()}>
          查找
        </Button>
        {found.map((a) => (
          <View key={a.registrationId} className='menu__row salon-ticket-row'>
            <Text className='salon-ticket-row__name'>{a.attendeeName}{a.enterpriseName ? `（${a.enterpriseName}）` : ''}</Text>
            <Text className='muted'>{a.checkedInAt ? '已签到' : statusLabel(a.status)}</Text>
            {a.status === 'confirmed' && !a.checkedInAt && (
              <Button className='btn btn--primary btn--small' onClick={() => void admit({ registrationId: a.registrationId }).then(search)}>
                签到
              </Button>
            )}
          </View>
        ))}
      </View>
      <PrivacySheet />
    </View>
  )
}
