import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { BUREAU_CONTACT } from '../lib/bureau-contact'
import './hotline-card.scss'

/**
 * The bureau's hotline with tap-to-call: the human fallback when a case is urgent or nobody has
 * picked it up. `note` says why to call on this page.
 */
export function HotlineCard({ note }: { note?: string }) {
  const call = () => {
    void Taro.makePhoneCall({ phoneNumber: BUREAU_CONTACT.dialable }).catch(() => undefined)
  }
  return (
    <View className='card hotline' data-testid='bureau-hotline'>
      <View className='hotline__text'>
        <Text className='hotline__title'>需要人工帮助？</Text>
        <Text className='hotline__line'>
          维权援助热线 <Text className='hotline__number' data-testid='bureau-hotline-number'>{BUREAU_CONTACT.hotline}</Text>
        </Text>
        <Text className='hotline__line'>{BUREAU_CONTACT.officeHours}</Text>
        {note && <Text className='hotline__note'>{note}</Text>}
      </View>
      <Button className='btn btn--secondary hotline__call' data-testid='bureau-hotline-call' onClick={call}>
        拨打热线
      </Button>
    </View>
  )
}
