import { Text, View } from '@tarojs/components'

export interface AttachmentPickerProps {
  value: readonly string[]
  onChange: (next: string[]) => void
  reportKey: string
  /** The uploader: files go to reports/<userId>/<reportKey>/, the only folder the server accepts. */
  userId: string
}

/** H5 (development build): no cloud storage here, so attachments are added in the mini program. */
export function AttachmentPicker(_props: AttachmentPickerProps) {
  return (
    <View className='form-field__control' data-testid='report-attachments-note'>
      <Text className='muted'>附件请在小程序中上传</Text>
    </View>
  )
}
