import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { exportAgencies, importAgencies } from '../../../../types/directory/contracts'
import { MAX_IMPORT_CHARS, type ExportFile, type ImportReport } from '../../../../types/directory/transfer-schemas'
import { classNames } from '../../../lib/class-names'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import { showActionError } from '../../../services/show-error'
import '../../../styles/directory.scss'
import { formatChangeValue } from '../format-change'
import { StaffGate } from '../form-parts'
import { PrivacySheet } from '../../../components/privacy-sheet'
import { CharCount } from '../../../components/char-count'

export default function DirectoryTransferPage() {
  return (
    <View className='page'>
      <StaffGate returnTo={ROUTES.directoryTransfer}>
        <ExportCard />
        <ImportCard />
      </StaffGate>
    </View>
  )
}

function ExportCard() {
  const [file, setFile] = useState<ExportFile | null>(null)
  const [busy, setBusy] = useState(false)

  const runExport = async () => {
    if (busy) return
    setBusy(true)
    try {
      setFile(await callFunction(exportAgencies, { format: 'csv' }))
    } catch (error) {
      showActionError(error)
    } finally {
      setBusy(false)
    }
  }

  const copy = async () => {
    if (!file) return
    try {
      await Taro.setClipboardData({ data: file.content })
      void Taro.showToast({ title: '已复制，可粘贴到 Excel 或文本文件', icon: 'none' })
    } catch {
      void Taro.showToast({ title: '复制失败，请手动全选复制', icon: 'none' })
    }
  }

  return (
    <View className='card' data-testid='export-card'>
      <Text className='card__title'>导出名录（CSV）</Text>
      <Text className='form-field__hint'>导出全部机构（含已暂停），可在 Excel 中编辑后再导入。</Text>
      <Button
        className={classNames('btn btn--secondary', busy && 'btn--disabled')}
        data-testid='export-run'
        disabled={busy}
        loading={busy}
        onClick={() => void runExport()}
      >
        导出
      </Button>
      {file && (
        <View data-testid='export-result'>
          <Text className='muted' data-testid='export-summary'>
            {file.fileName} · {file.rowCount} 行
          </Text>
          <View className='form-field__control form-field__control--textarea'>
            <Textarea className='form-field__textarea csv-area' data-testid='export-content' value={file.content} disabled maxlength={-1} />
          </View>
          <Button className='btn btn--primary btn--small' data-testid='export-copy' onClick={() => void copy()}>
            复制全部内容
          </Button>
        </View>
      )}
      <PrivacySheet />
    </View>
  )
}

function ImportCard() {
  const [content, setContent] = useState('')
  const [report, setReport] = useState<ImportReport | null>(null)
  const [checkedContent, setCheckedContent] = useState<string | null>(null)
  const [busy, setBusy] = useState<'dry' | 'real' | null>(null)

  const run = async (dryRun: boolean) => {
    if (busy) return
    setBusy(dryRun ? 'dry' : 'real')
    try {
      const result = await callFunction(importAgencies, { format: 'csv', content, dryRun })
      setReport(result)
      setCheckedContent(content)
      if (!dryRun && result.applied) void Taro.showToast({ title: '导入完成', icon: 'success' })
    } catch (error) {
      showActionError(error)
    } finally {
      setBusy(null)
    }
  }

  // Importing is allowed only for exactly the text whose dry run found no errors.
  const canImport =
    report !== null && report.dryRun && report.errors.length === 0 && checkedContent === content && content.trim() !== ''

  return (
    <View className='card' data-testid='import-card'>
      <Text className='card__title'>导入名录（CSV）</Text>
      <Text className='form-field__hint'>
        粘贴 CSV 内容（第一行为表头）。先「预检」，全部行无误后才能导入；有编号的行按编号更新，否则按机构名称匹配，未匹配的新建。
      </Text>
      <View className='form-field__control form-field__control--textarea'>
        <Textarea
          className='form-field__textarea csv-area'
          data-testid='import-content'
          placeholder='在此粘贴 CSV 内容'
          placeholderClass='form-field__placeholder'
          maxlength={-1}
          value={content}
          onInput={(e) => setContent(e.detail.value)}
        />
      </View>
      <CharCount value={content} max={MAX_IMPORT_CHARS} testId='import-content-count' />
      <View className='btn-group'>
        <Button
          className={classNames('btn btn--secondary', (busy !== null || content.trim() === '') && 'btn--disabled')}
          data-testid='import-dry-run'
          disabled={busy !== null || content.trim() === ''}
          loading={busy === 'dry'}
          onClick={() => void run(true)}
        >
          预检
        </Button>
        <Button
          className={classNames('btn btn--primary', (!canImport || busy !== null) && 'btn--disabled')}
          data-testid='import-apply'
          disabled={!canImport || busy !== null}
          loading={busy === 'real'}
          onClick={() => void run(false)}
        >
          导入
        </Button>
      </View>
      {report && <ImportReportView report={report} stale={checkedContent !== content} />}
    </View>
  )
}

function ImportReportView({ report, stale }: { report: ImportReport; stale: boolean }) {
  return (
    <View data-testid='import-report' data-errors={report.errors.length} data-applied={report.applied ? 'true' : 'false'}>
      <Text className={report.errors.length > 0 ? 'admin-banner admin-banner--warn' : 'admin-banner admin-banner--ok'} data-testid='import-summary'>
        {report.applied
          ? `已导入：新建 ${report.creates.length} 家，更新 ${report.updates.length} 家，未变 ${report.unchanged.length} 家。`
          : `${report.dryRun ? '预检' : '导入未执行'}：共 ${report.rowCount} 行，错误 ${report.errors.length} 处；将新建 ${report.creates.length} 家，更新 ${report.updates.length} 家，未变 ${report.unchanged.length} 家。`}
        {stale ? '（内容已修改，请重新预检）' : ''}
      </Text>
      {report.errors.map((issue, index) => (
        <View key={index} className='import-issue import-issue--error' data-testid='import-error'>
          <Text>
            第 {issue.row} 行{issue.column ? ` · ${issue.column}` : ''}：{issue.message}
          </Text>
        </View>
      ))}
      {report.creates.map((item) => (
        <View key={`c${item.row}`} className='import-issue' data-testid='import-create'>
          <Text>
            第 {item.row} 行 · 新建：{item.name}
          </Text>
        </View>
      ))}
      {report.updates.map((item) => (
        <View key={`u${item.row}`} className='import-issue' data-testid='import-update'>
          <Text>
            第 {item.row} 行 · 更新：{item.name}
          </Text>
          {item.changes.map((change) => (
            <View key={change.field} className='revision-change'>
              <Text className='revision-change__label'>{change.label}</Text>
              <Text>
                {formatChangeValue(change.field, change.before)} → {formatChangeValue(change.field, change.after)}
              </Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
