import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ROLE_LABELS } from '../../../../types/roles'
import { formatShanghai } from '../../../../types/time'
import { listAuditLog } from '../../../../types/workbench/audit'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView, StatusView } from '../../../components/status-view'
import { useSignedInLoad } from '../../../hooks/use-signed-in-load'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import { showActionError } from '../../../services/show-error'
import { exportWorkbook } from '../../../../types/workbench/exports'
import { openExport } from '../shared/open-export'
import '../shared/workbench.scss'

export default function WorkbenchAuditPage() {
  const [recordId, setRecordId] = useState('')
  const [applied, setApplied] = useState('')
  const { state, reload } = useSignedInLoad(() => callFunction(listAuditLog, { page: 1, pageSize: 50, ...(applied ? { recordId: applied } : {}) }), applied)
  /** The log as filtered, as XLSX behind a 10-minute link (a download in H5, opened in WeChat). */
  const exportLog = async () => {
    try {
      await openExport(await callFunction(exportWorkbook, { kind: 'audit', ...(applied ? { recordId: applied } : {}) }))
    } catch (error) {
      showActionError(error)
    }
  }
  return (
    <View className='page wb'>
      <View className='wb-links'>
        <Text className='wb-link' data-testid='export-audit' onClick={() => void exportLog()}>导出日志</Text>
      </View>
      <View className='card wb-form'>
        <Input maxlength={-1} className='wb-input' placeholder='按记录编号筛选' value={recordId} onInput={(e) => setRecordId(e.detail.value.trim())} data-testid='audit-record' />
        <Text className='wb-row__action' data-testid='audit-filter' onClick={() => setApplied(recordId)}>筛选</Text>
      </View>
      {state.status === 'loading' && <LoadingView />}
      {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.workbenchAudit} />}
      {state.status === 'error' && <LoadErrorView error={state.error} onRetry={() => void reload()} />}
      {state.status === 'ready' && (
        <>
          <Text className='muted wb-note'>共 {state.data.total} 条，只增不改</Text>
          {state.data.items.length === 0 && <StatusView icon='○' title='没有符合条件的记录' testId='empty' />}
          {state.data.items.map((e) => (
            <View key={e.entryId} className='card' data-testid='audit-item'>
              <View className='card__header'>
                <Text className='card__title'>{e.actorName}</Text>
                <Text className={e.outcome === 'ok' ? 'tag tag--green' : 'tag tag--red'}>{e.kind === 'sign_in' ? '登录' : e.outcome === 'ok' ? '成功' : '失败'}</Text>
              </View>
              <View className='info-row'>
                <Text className='info-row__label'>时间</Text>
                <Text className='info-row__value'>{formatShanghai(e.at, 'YYYY-MM-DD HH:mm:ss')}</Text>
              </View>
              <View className='info-row'>
                <Text className='info-row__label'>角色</Text>
                <Text className='info-row__value'>{e.actorRoles.map((r) => ROLE_LABELS[r]).join('、')}</Text>
              </View>
              <View className='info-row'>
                <Text className='info-row__label'>操作</Text>
                <Text className='info-row__value'>{`${e.functionName}.${e.action}`}</Text>
              </View>
              {e.records.length > 0 && (
                <View className='info-row'>
                  <Text className='info-row__label'>记录</Text>
                  <Text className='info-row__value'>{e.records.join('\n')}</Text>
                </View>
              )}
            </View>
          ))}
        </>
      )}
    </View>
  )
}
