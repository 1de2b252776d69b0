import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { getApplicationProofLink } from '../../../../types/users/contracts'
import { callFunction } from '../../../services/call-function'
import { showActionError } from '../../../services/show-error'
import { openPdf, previewImages } from '../../reports/shared/open-attachment'
import { industryName } from '../../../../types/catalog/industries'
import { regionName } from '../../../../types/catalog/regions'
import type { ApplicationReview } from '../../../../types/users/join-requests'
import { formatShanghai } from '../../../../types/time'
import { classNames } from '../../../lib/class-names'

/**
 * The join-request warning: this credit code is already registered. Shows the enterprise as it is
 * on record next to what the applicant typed, its liaisons, their objections and the proof state.
 */
export function JoinWarning({
  review,
  requesting,
  onRequireProof,
}: {
  review: ApplicationReview
  requesting: boolean
  onRequireProof: () => void
}) {
  const enterprise = review.existingEnterprise
  if (!enterprise || (review.status !== 'pending' && review.kind !== 'join')) return null
  const nameDiffers = enterprise.name !== review.enterpriseName
  return (
    <View className='card join-warning' data-testid='join-warning'>
      <Text className='join-warning__title'>注意：该信用代码已登记</Text>
      <Text className='join-warning__text'>
        这是加入已有企业的申请。通过后申请人将成为该企业的联络员，可查看企业的全部上报与专家意见；企业登记信息不会因此改变。
      </Text>
      <View className='info-row'>
        <Text className='info-row__label'>登记企业</Text>
        <Text className='info-row__value' data-testid='join-existing-name'>
          {enterprise.name}
        </Text>
      </View>
      {nameDiffers && (
        <View className='info-row'>
          <Text className='info-row__label'>申请人填写</Text>
          <Text className='info-row__value join-warning__differs'>{review.enterpriseName}（与登记名称不一致）</Text>
        </View>
      )}
      <View className='info-row'>
        <Text className='info-row__label'>行业 / 市场</Text>
        <Text className='info-row__value'>
          {industryName(enterprise.industry)} · {enterprise.exportMarkets.map(regionName).join('、')}
        </Text>
      </View>
      <Text className='join-warning__subtitle'>现有联络员（已通知，可提出异议）</Text>
      {review.existingLiaisons.length === 0 && <Text className='muted'>暂无</Text>}
      {review.existingLiaisons.map((liaison) => (
        <View key={liaison.userId} className='info-row' data-testid='join-existing-liaison'>
          <Text className='info-row__label'>{liaison.liaisonName ?? liaison.displayName}</Text>
          <Text className='info-row__value'>{liaison.mobileMasked ?? '未登记手机'}</Text>
        </View>
      ))}
      {review.objections.length > 0 && (
        <View data-testid='join-objections'>
          <Text className='join-warning__subtitle join-warning__differs'>异议 {review.objections.length} 条</Text>
          {review.objections.map((objection) => (
            <Text key={objection.userId} className='join-warning__text' data-testid='join-objection'>
              {objection.displayName}（{formatShanghai(objection.at)}）：{objection.reason}
            </Text>
          ))}
        </View>
      )}
      <Text className='join-warning__subtitle'>授权委托书</Text>
      <Text className='join-warning__text' data-testid='join-proof-state'>
        {review.proofFileId ? '申请人已上传，请核对公章与企业名称后再决定。' : review.proofRequired ? '已要求上传，等待申请人提交。' : '尚未要求。'}
      </Text>
      {review.proofFileId && <OpenProofButton applicationId={review.applicationId} />}
      {review.status === 'pending' && !review.proofRequired && !review.proofFileId && (
        <Button
          className={classNames('btn btn--secondary', requesting && 'btn--disabled')}
          data-testid='join-require-proof'
          disabled={requesting}
          loading={requesting}
          onClick={onRequireProof}
        >
          要求上传加盖公章的授权委托书
        </Button>
      )}
    </View>
  )
}

/** Opens the attached letter through a short-lived link (staff only, checked by the server). */
function OpenProofButton({ applicationId }: { applicationId: string }) {
  const [opening, setOpening] = useState(false)
  const open = async () => {
    if (opening) return
    setOpening(true)
    try {
      const link = await callFunction(getApplicationProofLink, { applicationId })
      if (!link.url) {
        void Taro.showToast({ title: '文件已不存在，请要求申请人重新上传', icon: 'none' })
        return
      }
      if (link.kind === 'image') await previewImages([link.url], link.url)
      else await openPdf(link.url)
    } catch (error) {
      showActionError(error)
    } finally {
      setOpening(false)
    }
  }
  return (
    <Button className={classNames('btn btn--secondary', opening && 'btn--disabled')} data-testid='join-open-proof' disabled={opening} onClick={() => void open()}>
      查看授权委托书
    </Button>
  )
}
