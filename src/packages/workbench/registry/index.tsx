import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { industryName } from '../../../../types/catalog/industries'
import { regionName } from '../../../../types/catalog/regions'
import { createInvitation } from '../../../../types/workbench/invitations'
import { liaisonLabel, listEnterprises, REGISTRY_STATUS_LABELS, revokeLiaison, updateRegistryEntry, type RegistryEntry } from '../../../../types/workbench/registry'
import { useState } from 'react'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView, StatusView } from '../../../components/status-view'
import { useSignedInLoad } from '../../../hooks/use-signed-in-load'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import { showActionError } from '../../../services/show-error'
import { InvitationCard, type IssuedInvitation } from '../shared/invitation-card'
import { openExport } from '../shared/open-export'
import { exportWorkbook } from '../../../../types/workbench/exports'
import '../shared/workbench.scss'

type InvitationRequest = { role: 'expert' } | { role: 'agency' } | { role: 'liaison'; enterpriseId: string; replaceUserId: string | null }

type Invite = (request: InvitationRequest, what: string) => Promise<void>

function EnterpriseRow({ entry, onChanged, invite }: { entry: RegistryEntry; onChanged: () => void; invite: Invite }) {
  const toggleKey = async () => {
    try {
      await callFunction(updateRegistryEntry, { enterpriseId: entry.enterpriseId, keyEnterprise: !entry.keyEnterprise })
      onChanged()
    } catch (error) {
      showActionError(error)
    }
  }
  const revoke = async (userId: string, name: string) => {
    const { confirm } = await Taro.showModal({ title: '撤销联络员', content: `撤销后“${name}”将立即失去该企业的联络员权限，企业的上报保留。确定撤销吗？`, confirmText: '撤销' })
    if (!confirm) return
    try {
      await callFunction(revokeLiaison, { enterpriseId: entry.enterpriseId, userId, reason: '工作人员在联络员名册中撤销' })
      onChanged()
    } catch (error) {
      showActionError(error)
    }
  }
  return (
    <View className='card' data-testid='registry-item' data-id={entry.enterpriseId}>
      <View className='card__header'>
        <Text className='card__title wb-link-text' onClick={() => openRoute(ROUTES.workbenchEnterprise, { id: entry.enterpriseId })}>
          {entry.name} ›
        </Text>
        {entry.keyEnterprise && <Text className='tag tag--orange'>重点企业</Text>}
      </View>
      <View className='info-row'>
        <Text className='info-row__label'>行业</Text>
        <Text className='info-row__value'>{industryName(entry.industry)}</Text>
      </View>
      <View className='info-row'>
        <Text className='info-row__label'>出口市场</Text>
        <Text className='info-row__value'>{entry.exportMarkets.map(regionName).join('、') || '—'}</Text>
      </View>
      <View className='info-row'>
        <Text className='info-row__label'>所在地区</Text>
        <Text className='info-row__value'>{entry.district ?? '未填写'}</Text>
      </View>
      <View className='info-row'>
        <Text className='info-row__label'>联络员</Text>
        <Text className='info-row__value'>{entry.liaisons.map(liaisonLabel).join('、') || REGISTRY_STATUS_LABELS[entry.status]}</Text>
      </View>
      <View className='wb-row__actions'>
        <Text className='wb-row__action' data-testid='open-enterprise' onClick={() => openRoute(ROUTES.workbenchEnterprise, { id: entry.enterpriseId })}>
          企业详情
        </Text>
        <Text className='wb-row__action' data-testid='toggle-key' onClick={() => void toggleKey()}>
          {entry.keyEnterprise ? '取消重点企业' : '设为重点企业'}
        </Text>
        <Text
          className='wb-row__action'
          data-testid='invite-liaison'
          onClick={() => void invite({ role: 'liaison', enterpriseId: entry.enterpriseId, replaceUserId: entry.liaisons.length === 1 ? entry.liaisons[0].userId : null }, entry.liaisons.length === 1 ? '转交新联络员' : '新联络员')}
        >
          {entry.liaisons.length === 1 ? '转交新联络员' : '邀请联络员'}
        </Text>
        {entry.liaisons.map((l) => (
          <Text key={l.userId} className='wb-row__action wb-row__action--danger' data-testid='revoke-liaison' onClick={() => void revoke(l.userId, l.name)}>
            撤销{l.name}
          </Text>
        ))}
      </View>
    </View>
  )
}

export default function WorkbenchRegistryPage() {
  const [keyOnly, setKeyOnly] = useState(false)
  const { state, reload } = useSignedInLoad(() => callFunction(listEnterprises, { keyOnly, page: 1, pageSize: 50 }), String(keyOnly))
  // Back from an enterprise's page, where its district or key flag may have changed.
  useDidShow(() => {
    if (state.status === 'ready') void reload()
  })
  const [issued, setIssued] = useState<IssuedInvitation | null>(null)
  /** Creates a one-time code and shows it (text and QR) at the top of the page to read out or scan. */
  const invite: Invite = async (request, what) => {
    try {
      const { code, expiresAt } = await callFunction(createInvitation, request)
      setIssued({ what, code, expiresAt })
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
    } catch (error) {
      showActionError(error)
    }
  }
  /** The list as filtered, as XLSX behind a 10-minute link (a download in H5, opened in WeChat). */
  const exportList = async () => {
    try {
      await openExport(await callFunction(exportWorkbook, { kind: 'registry', keyOnly }))
    } catch (error) {
      showActionError(error)
    }
  }
  return (
    <View className='page wb'>
      <View className='wb-links'>
        <Text className='wb-link' data-testid='invite-expert' onClick={() => void invite({ role: 'expert' }, '专家')}>邀请专家</Text>
        <Text className='wb-link' data-testid='invite-agency' onClick={() => void invite({ role: 'agency' }, '协助机构')}>邀请协助机构</Text>
        <Text className='wb-link' data-testid='export-registry' onClick={() => void exportList()}>导出名册</Text>
      </View>
      {issued && <InvitationCard invitation={issued} onClose={() => setIssued(null)} />}
      <View className='chips'>
        <Text className={keyOnly ? 'chip' : 'chip chip--selected'} data-testid='filter-all' onClick={() => setKeyOnly(false)}>全部企业</Text>
        <Text className={keyOnly ? 'chip chip--selected' : 'chip'} data-testid='filter-key' onClick={() => setKeyOnly(true)}>只看重点企业</Text>
      </View>
      {state.status === 'loading' && <LoadingView />}
      {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.workbenchRegistry} />}
      {state.status === 'error' && <LoadErrorView error={state.error} onRetry={() => void reload()} />}
      {state.status === 'ready' && (
        <>
          <Text className='muted wb-note' data-testid='registry-total'>共 {state.data.total} 家企业</Text>
          {state.data.items.length === 0 && <StatusView icon='○' title='暂无企业' testId='empty' />}
          {state.data.items.map((entry) => (
            <EnterpriseRow key={entry.enterpriseId} entry={entry} onChanged={() => void reload()} invite={invite} />
          ))}
        </>
      )}
    </View>
  )
}
