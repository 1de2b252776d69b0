import { Button, Input, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { addLinkDomain, listLinkDomains, removeLinkDomain, type LinkDomain } from '../../../../types/content/link-domains'
import { formatShanghai } from '../../../../types/time'
import { CharCount } from '../../../components/char-count'
import { FieldError } from '../../../components/field-error'
import { LoadErrorView, LoadingView } from '../../../components/status-view'
import { classNames } from '../../../lib/class-names'
import type { ActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { handleLoadError, showActionError, showFormError, type FieldErrors } from '../../../services/show-error'
import './index.scss'

type ListState = { status: 'loading' } | { status: 'ready'; domains: LinkDomain[] } | { status: 'error'; error: ActionError }

/**
 * Staff keep the list of official sites content may link to: a domain covers its subdomains
 * (usitc.gov allows www.usitc.gov). Each change is one document, so two staff editing at once
 * never undo each other; every change is in the audit log.
 */
export default function LinkDomainsPage() {
  const [state, setState] = useState<ListState>({ status: 'loading' })
  const [domain, setDomain] = useState('')
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState<string | null>(null)

  const load = async () => {
    try {
      const { domains } = await callFunction(listLinkDomains, {})
      setState({ status: 'ready', domains })
    } catch (error) {
      setState({ status: 'error', error: handleLoadError(error) })
    }
  }

  useDidShow(() => {
    void load()
  })

  const add = async () => {
    if (busy) return
    setBusy('add')
    try {
      const result = await callFunction(addLinkDomain, { domain, note })
      setDomain('')
      setNote('')
      setErrors({})
      void Taro.showToast({ title: result.alreadyListed ? '该域名已在列表中' : '已添加', icon: result.alreadyListed ? 'none' : 'success' })
      await load()
    } catch (error) {
      setErrors(showFormError(error))
    } finally {
      setBusy(null)
    }
  }

  const remove = async (entry: LinkDomain) => {
    if (busy) return
    const { confirm } = await Taro.showModal({
      title: `移除 ${entry.domain}？`,
      content: '移除后，链接到该网站的内容将无法保存或发布，已发布的内容不受影响。',
      confirmText: '移除',
      cancelText: '取消',
    })
    if (!confirm) return
    setBusy(entry.domain)
    try {
      await callFunction(removeLinkDomain, { domain: entry.domain })
      void Taro.showToast({ title: '已移除', icon: 'success' })
      await load()
    } catch (error) {
      showActionError(error)
    } finally {
      setBusy(null)
    }
  }

  return (
    <View className='page link-domains' data-testid='link-domains'>
      <View className='card'>
        <Text className='card__title'>添加官方网站</Text>
        <Text className='muted link-domains__intro'>
          预警和知识库中的链接只能指向本列表中的网站。填写域名即可，其下属网站自动包含（如 usitc.gov 包含 www.usitc.gov）。
        </Text>
        <View className={errors.domain ? 'form-field form-field--invalid' : 'form-field'} data-field='domain'>
          <Text className='form-field__label'>域名</Text>
          <View className='form-field__control'>
            <Input className='form-field__input' data-testid='link-domain-input' placeholder='例如 usitc.gov' placeholderClass='form-field__placeholder' maxlength={-1} value={domain} onInput={(e) => setDomain(e.detail.value)} />
          </View>
          <FieldError field='domain' message={errors.domain} />
        </View>
        <View className={errors.note ? 'form-field form-field--invalid' : 'form-field'} data-field='note'>
          <Text className='form-field__label'>说明</Text>
          <View className='form-field__control'>
            <Input className='form-field__input' data-testid='link-note-input' placeholder='例如 美国国际贸易委员会' placeholderClass='form-field__placeholder' maxlength={-1} value={note} onInput={(e) => setNote(e.detail.value)} />
          </View>
          <CharCount value={note} max={60} testId='link-note-count' />
          <FieldError field='note' message={errors.note} />
        </View>
        <Button className={classNames('btn btn--primary', busy === 'add' && 'btn--disabled')} data-testid='link-domain-add' disabled={busy !== null} onClick={() => void add()}>
          <Text>添加</Text>
        </Button>
      </View>

      {state.status === 'loading' && <LoadingView />}
      {state.status === 'error' && (
        <View className='card'>
          <LoadErrorView error={state.error} onRetry={() => void load()} />
        </View>
      )}
      {state.status === 'ready' && (
        <View className='card'>
          <Text className='card__title'>已允许的网站（{state.domains.length}）</Text>
          {state.domains.map((entry) => (
            <View key={entry.domain} className='link-domains__row' data-testid='link-domain-row' data-domain={entry.domain}>
              <View className='link-domains__text'>
                <Text className='link-domains__domain'>{entry.domain}</Text>
                <Text className='link-domains__note'>{entry.note}</Text>
                <Text className='link-domains__meta'>{entry.isDefault ? '系统预置' : `添加于 ${formatShanghai(entry.updatedAt)}`}</Text>
              </View>
              <Button className='btn btn--secondary btn--small' data-testid='link-domain-remove' disabled={busy !== null} onClick={() => void remove(entry)}>
                <Text>移除</Text>
              </Button>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
