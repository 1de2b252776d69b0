import { Text, View } from '@tarojs/components'
import { industryName } from '../../types/catalog/industries'
import { regionName } from '../../types/catalog/regions'
import type { EnterpriseApplication } from '../../types/users/schemas'
import { formatShanghai } from '../../types/time'
import { ApplicationStatusTag } from './application-status-tag'

interface ApplicationSummaryProps {
  application: EnterpriseApplication
  /** Staff see the applicant's contact line; the applicant knows it already. */
  showLiaison?: boolean
  showMarkets?: boolean
}

/** The body of an application card: status, enterprise, times and, when rejected, the reason. */
export function ApplicationSummary({ application, showLiaison = false, showMarkets = true }: ApplicationSummaryProps) {
  return (
    <View className='application-summary'>
      <View className='card__header'>
        <Text className='card__title' data-testid='application-enterprise-name'>
          {application.enterpriseName}
        </Text>
        <ApplicationStatusTag status={application.status} />
      </View>
      <View className='info-row'>
        <Text className='info-row__label'>信用代码</Text>
        <Text className='info-row__value'>{application.creditCode}</Text>
      </View>
      <View className='info-row'>
        <Text className='info-row__label'>所属行业</Text>
        <Text className='info-row__value'>{industryName(application.industry)}</Text>
      </View>
      {showMarkets && (
        <View className='info-row'>
          <Text className='info-row__label'>出口市场</Text>
          <Text className='info-row__value'>{application.exportMarkets.map(regionName).join('、')}</Text>
        </View>
      )}
      {showLiaison && (
        <View className='info-row'>
          <Text className='info-row__label'>联络员</Text>
          <Text className='info-row__value'>
            {application.liaisonName}　{application.mobileMasked}
          </Text>
        </View>
      )}
      <View className='info-row'>
        <Text className='info-row__label'>提交时间</Text>
        <Text className='info-row__value'>{formatShanghai(application.submittedAt)}</Text>
      </View>
      {application.reviewedAt && (
        <View className='info-row'>
          <Text className='info-row__label'>审核时间</Text>
          <Text className='info-row__value'>{formatShanghai(application.reviewedAt)}</Text>
        </View>
      )}
      {application.status === 'rejected' && application.reviewReason && (
        <View className='info-row'>
          <Text className='info-row__label'>未通过原因</Text>
          <Text className='info-row__value application-summary__reason' data-testid='application-reason'>
            {application.reviewReason}
          </Text>
        </View>
      )}
    </View>
  )
}
