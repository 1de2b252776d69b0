import { Button, View } from '@tarojs/components'
import { listMyBookings } from '../../../../types/consultations/contracts'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import { BookingList } from '../shared/booking-list'
import '../shared/consultations.scss'

export default function MyConsultationsPage() {
  return (
    <View className='page' data-testid='my-consultations'>
      <BookingList
        load={(scope) => callFunction(listMyBookings, { scope })}
        counterpart='provider'
        returnTo={ROUTES.myConsultations}
        emptyText='可按服务类型、国家或地区找到专家和协助机构，预约一对一咨询。'
      />
      <Button className='btn btn--primary' data-testid='my-consultations-new' onClick={() => openRoute(ROUTES.consultationProviders)}>
        预约新的咨询
      </Button>
    </View>
  )
}
