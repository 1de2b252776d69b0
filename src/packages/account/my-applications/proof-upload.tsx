import { Text, View } from '@tarojs/components'
import type { EnterpriseApplication } from '../../../../types/users/schemas'

export interface ProofUploadProps {
  application: EnterpriseApplication
  onAttached: (application: EnterpriseApplication) => void
}

/** H5 (development build): no cloud storage here, so the letter is uploaded in the mini program. */
export function ProofUpload(_props: ProofUploadProps) {
  return (
    <View data-testid='proof-upload-note'>
      <Text className='muted'>请在微信小程序中拍照或选择文件上传授权委托书。</Text>
    </View>
  )
}
