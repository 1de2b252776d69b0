import { Picker, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { DISTRICTS } from '../../../../types/catalog/districts'
import { industryName } from '../../../../types/catalog/industries'
import { regionName } from '../../../../types/catalog/regions'
import { formatShanghai } from '../../../../types/time'
import { getEnterpriseOverview, liaisonLabel, REGISTRY_STATUS_LABELS, updateRegistryEntry } from '../../../../types/workbench/registry'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView } from '../../../components/status-view'
import { useSignedInLoad } from '../../../hooks/use-signed-in-load'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import { showActionError } from '../../../services/show-error'
import { ConsultationsSection, ReportsSection, SalonsSection } from './activity-sections'
import '../shared/workbench.scss'

function Row({ label, children, testId }: { label: string; children: string; testId?: string }) {
  return (
    <View className='info-row'>
      <Text className='info-row__label'>{label}</Text>
      <Text className='info-row__value' data-testid={testId}>{children}</Text>
    </View>
  )
}

/** 联络员制度: one enterprise on one page — its fields, liaisons, reports, consultations and salon attendance. */
export default function WorkbenchEnterprisePage() {
  const { params } = useRouter()
  const enterpriseId = params.id ?? ''
  const { state, reload } = useSignedInLoad(() => callFunction(getEnterpriseOverview, { enterpriseId }), enterpriseId)

  if (state.status !== 'ready') {
    return (
      <View className='page wb'>
        {state.status === 'loading' && <LoadingView />}
        {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.workbenchRegistry} />}
        {state.status === 'error' && <LoadErrorView error={state.error} onRetry={() => void reload()} />}
      </View>
    )
  }

  const { enterprise: e, reports, reportTotal, consultations, salons } = state.data
  const save = async (change: { keyEnterprise?: boolean; district?: (typeof DISTRICTS)[number] }) => {
    try {
      await callFunction(updateRegistryEntry, { enterpriseId: e.enterpriseId, ...change })
      await reload()
    } catch (error) {
      showActionError(error)
    }
  }
  const districtIndex = e.district ? DISTRICTS.indexOf(e.district) : -1
  return (
    <View className='page wb' data-testid='enterprise-overview' data-id={e.enterpriseId}>
      <View className='card'>
        <View className='card__header'>
          <Text className='card__title' data-testid='overview-name'>{e.name}</Text>
          {e.keyEnterprise && <Text className='tag tag--orange' data-testid='overview-key'>重点企业</Text>}
        </View>
        <Row label='信用代码'>{e.creditCode}</Row>
        <Row label='行业'>{industryName(e.industry)}</Row>
        <Row label='出口市场'>{e.exportMarkets.map(regionName).join('、') || '—'}</Row>
        <Row label='认证时间'>{formatShanghai(e.verifiedAt, 'YYYY-MM-DD')}</Row>
        <Row label='联络员' testId='overview-liaisons'>{e.liaisons.map(liaisonLabel).join('、') || REGISTRY_STATUS_LABELS[e.status]}</Row>
        <Picker mode='selector' range={[...DISTRICTS]} value={districtIndex >= 0 ? districtIndex : 0} onChange={(ev) => void save({ district: DISTRICTS[Number(ev.detail.value)] })}>
          <View className='info-row' data-testid='overview-district'>
            <Text className='info-row__label'>所在地区</Text>
            <Text className='info-row__value wb-link-text'>{e.district ?? '未填写，点此选择'} ›</Text>
          </View>
        </Picker>
        <View className='wb-row__actions'>
          <Text className='wb-row__action' data-testid='overview-toggle-key' onClick={() => void save({ keyEnterprise: !e.keyEnterprise })}>
            {e.keyEnterprise ? '取消重点企业' : '设为重点企业'}
          </Text>
        </View>
      </View>
      <ReportsSection reports={reports} total={reportTotal} />
      <ConsultationsSection consultations={consultations} />
      <SalonsSection salons={salons} />
    </View>
  )
}
