/**
 * 政策找企业 (measures 15 and 23): the bureau matches every verified enterprise against the
 * notice as of a date, in batches (a progress bar while it runs), and sees per provision the firms
 * that qualify and those one fact short, with totals per city; the whole list as CSV.
 */
import { Button, Picker, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { AsyncView } from '../../../components/AsyncView'
import { ProgressBar } from '../../../components/ProgressBar'
import { useClipboard } from '../../../hooks/useClipboard'
import { useRemote } from '../../../hooks/useRemote'
import { CallError } from '../../../services/cloud'
import { deliverExport } from '../../../services/files'
import { matchingApi, type Matching, type MatchingProgress, type ProvisionMatches } from '../../../services/matching'
import { formatYuan } from '../../../utils/format'
import { todayInShanghai } from '../../../../cloudfunctions/_shared/catalog/time'
import { useCareMode } from '../../../hooks/useCareMode'
import { hasMatchesToExport, plannedRunNote, resultsTitle } from './simulation'
import './index.css'

function ProvisionCard({ p }: { p: ProvisionMatches }) {
  return (
    <View className='card match-prov' data-key={p.key}>
      <View className='match-prov__head'>
        <Text className='card__title'>{`第${p.measure}条 ${p.title}`}</Text>
        <Text className='match-prov__total'>{p.amount ? formatYuan(p.amount) : ''}</Text>
      </View>
      <Text className='muted'>{`符合 ${p.eligible} 家 · 差一项条件 ${p.needsInfo} 家`}</Text>
      {p.eligibleFirms.map((f) => (
        <View key={f.employerId} className='match-firm'>
          <View className='match-firm__head'>
            <Text className='match-firm__name'>{f.employerName}</Text>
            <Text className='match-firm__amount'>{f.amount !== null ? formatYuan(f.amount) : f.amountMax !== null ? `最高${formatYuan(f.amountMax)}` : '按规定'}</Text>
          </View>
          <Text className='match-firm__meta'>{`${f.city}${f.district} · ${f.working ?? ''}`}</Text>
        </View>
      ))}
      {p.eligible > p.eligibleFirms.length && <Text className='muted'>{`另有 ${p.eligible - p.eligibleFirms.length} 家，见导出的CSV`}</Text>}
      {p.needsInfoFirms.length > 0 && <Text className='match-prov__sub'>差一项条件（请向企业核实）</Text>}
      {p.needsInfoFirms.map((f) => (
        <View key={f.employerId} className='match-firm match-firm--info'>
          <Text className='match-firm__name'>{f.employerName}</Text>
          <Text className='match-firm__meta'>{`${f.city}${f.district} · 缺：${f.missingLabel ?? f.missing ?? ''}`}</Text>
        </View>
      ))}
    </View>
  )
}

function Results({ m }: { m: Matching }) {
  if (!m.run) return <Text className='muted match-empty'>还没有进行过比对</Text>
  const shown = m.provisions.filter((p) => p.eligible + p.needsInfo > 0)
  return (
    <View>
      <View className='card match-summary'>
        <Text className='card__title'>{resultsTitle(m.run)}</Text>
        <Text className='match-summary__line'>{`已比对 ${m.run.processed} / ${m.run.total} 家已认证企业${m.run.status === 'running' ? '（进行中）' : ''}`}</Text>
        <Text className='match-summary__line'>{`${m.total.firms} 家企业可享受 ${m.total.eligible} 项，合计 ${formatYuan(m.total.amount)}；${m.total.needsInfo} 项差一项条件`}</Text>
        <Text className='match-summary__line'>{m.run.note ?? `本次向 ${m.run.notified} 家企业发送了新推荐消息`}</Text>
      </View>
      <Text className='section-title'>按城市</Text>
      <View className='card match-cities'>
        {m.cities.map((c) => (
          <View key={c.city} className='match-city'>
            <Text className='match-city__name'>{c.city}</Text>
            <Text className='match-city__meta'>{`${c.firms}家 · ${c.eligible}项 · ${formatYuan(c.amount)}`}</Text>
          </View>
        ))}
        {m.cities.length === 0 && <Text className='muted'>暂无</Text>}
      </View>
      <Text className='section-title'>按条款</Text>
      {shown.map((p) => (
        <ProvisionCard key={p.key} p={p} />
      ))}
      {shown.length === 0 && <Text className='muted match-empty'>没有符合条件的企业</Text>}
    </View>
  )
}

export default function MatchingPage() {
  const { pageClass } = useCareMode()
  const [asOf, setAsOf] = useState(todayInShanghai())
  const [runId, setRunId] = useState<string | undefined>(undefined)
  const [progress, setProgress] = useState<MatchingProgress | null>(null)
  const [error, setError] = useState('')
  const [notice, setNotice] = useState('')
  const [running, setRunning] = useState(false)
  const clipboard = useClipboard('复制导出文件的下载链接')
  const remote = useRemote(() => matchingApi.results(runId), `matching-${runId ?? 'latest'}`)

  const run = async () => {
    setRunning(true)
    setError('')
    try {
      let p = await matchingApi.run(asOf)
      setProgress(p)
      while (p.status === 'running') {
        p = await matchingApi.continue(p.runId)
        setProgress(p)
      }
      setRunId(p.runId)
      remote.reload()
    } catch (e) {
      setError(e instanceof CallError ? e.message : '比对失败，请稍后再试')
    } finally {
      setRunning(false)
    }
  }

  const exportCsv = async () => {
    try {
      const exported = await matchingApi.export(runId)
      const delivered = await deliverExport(exported, clipboard.copy)
      if (delivered) setNotice(`${delivered}（${exported.rows}行）`)
    } catch (e) {
      setError(e instanceof CallError ? e.message : '导出失败')
    }
  }

  return (
    <View className={pageClass}>
      <View className='card match-run'>
        <Text className='card__title'>按日期比对全部已认证企业</Text>
        <Text className='muted'>用企业填报的条件逐一测算，找出可以“免申即享”的企业和差一项条件的企业。</Text>
        <View className='match-run__row'>
          <Text className='match-run__label'>政策日期</Text>
          <Picker className='match-run__picker' mode='date' value={asOf} onChange={(e) => setAsOf(String(e.detail.value))}>
            <View className='match-run__date'>{asOf}</View>
          </Picker>
        </View>
        {!progress && plannedRunNote(asOf, todayInShanghai()) && <Text className='match-run__note'>{plannedRunNote(asOf, todayInShanghai())}</Text>}
        <Button className='btn-primary match-run__btn' loading={running} disabled={running} onClick={() => void run()}>
          开始比对
        </Button>
        {progress && (
          <ProgressBar className='match-run__progress' value={progress.processed} max={progress.total} label={`${progress.status === 'done' ? '比对完成' : '比对中'} ${progress.processed} / ${progress.total}`} />
        )}
        {progress?.note && <Text className='match-run__note'>{progress.note}</Text>}
        {error && <Text className='match-run__error'>{error}</Text>}
        {notice && <Text className='match-run__notice muted'>{notice}</Text>}
        <View className='match-run__export'>
          <Button size='mini' className='match-run__export-btn' disabled={!hasMatchesToExport(remote.data)} onClick={() => void exportCsv()}>
            {process.env.TARO_ENV === 'h5' ? '下载CSV' : '复制CSV下载链接'}
          </Button>
        </View>
      </View>
      <AsyncView remote={remote}>{(m) => <Results m={m} />}</AsyncView>
      {clipboard.dialog}
    </View>
  )
}
