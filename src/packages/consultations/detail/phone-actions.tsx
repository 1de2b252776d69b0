import { Button, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { CONSULTATION_MODE_LABELS } from '../../../../types/consultations/availability'
import type { BookingView } from '../../../../types/consultations/schemas'
import { dialablePhone } from '../../../../types/validation/phone'

const IS_H5 = process.env.TARO_ENV === 'h5'

/**
 * 添加到手机日历, 导航 and 拨打电话 — privacy-scoped WeChat APIs (declared in the privacy guide).
 * The browser build has no phone calendar: that button is left out there.
 */
export function PhoneActions({ booking }: { booking: BookingView }) {
  const addToCalendar = () => {
    void Taro.addPhoneCalendar({
      title: `知识产权咨询：${booking.provider.name}`,
      startTime: Math.floor(Date.parse(booking.startAt) / 1000),
      // WeChat takes the end as a string of Unix seconds.
      endTime: String(Math.floor(Date.parse(booking.endAt) / 1000)),
      description: `${CONSULTATION_MODE_LABELS[booking.mode]}。${booking.meetingLink ? `会议链接：${booking.meetingLink}` : ''}`,
      location: booking.address ?? undefined,
      alarm: true,
      alarmOffset: 3600,
    }).catch(() => {
      // The user declined; nothing to do.
    })
  }
  const navigate = () => {
    if (!booking.location) return
    void Taro.openLocation({
      latitude: booking.location.latitude,
      longitude: booking.location.longitude,
      name: booking.provider.name,
      address: booking.address ?? '',
      scale: 16,
    })
  }
  const call = () => {
    if (booking.phone) void Taro.makePhoneCall({ phoneNumber: dialablePhone(booking.phone) })
  }
  return (
    <View className='detail-actions btn-group'>
      {!IS_H5 && (
        <Button className='btn btn--secondary btn--small' data-testid='booking-add-calendar' onClick={addToCalendar}>
          添加到手机日历
        </Button>
      )}
      {booking.location && (
        <Button className='btn btn--secondary btn--small' data-testid='booking-navigate' onClick={navigate}>
          导航到机构
        </Button>
      )}
      {booking.phone && (
        <Button className='btn btn--secondary btn--small' data-testid='booking-call' onClick={call}>
          拨打电话
        </Button>
      )}
    </View>
  )
}
