import { Button, View } from '@tarojs/components'
import { listProviderBookings } from '../../../../types/consultations/contracts'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import { BookingList } from '../shared/booking-list'
import '../shared/consultations.scss'

/** The expert's or agency's own consultations, with the entry to their availability. */
export default function ProviderConsultationsPage() {
  return (
    <View className='page' data-testid='provider-consultations'>
      <BookingList
        load={(scope) => callFunction(listProviderBookings, { scope })}
        counterpart='enterprise'
        returnTo={ROUTES.providerConsultations}
        emptyText='企业预约您的咨询后会显示在这里。'
      />
      <Button className='btn btn--secondary' data-testid='open-availability' onClick={() => openRoute(ROUTES.availabilityEditor)}>
        设置可预约时段
      </Button>
    </View>
  )
}
