import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { AsyncView } from '../../../components/AsyncView'
import { FairStatusBadge } from '../../../components/FairCard'
import { useClipboard } from '../../../hooks/useClipboard'
import { useRemote } from '../../../hooks/useRemote'
import { CallError } from '../../../services/cloud'
import { fairsAdminApi, type FairFigures, type Participants } from '../../../services/fairs'
import { fairTimeRange, formatCheckInCode, splitShanghai } from '../../../utils/fairs'
import './index.css'

interface Loaded extends Participants {
  figures: FairFigures | null
}

type Tab = 'bookings' | 'signups'

const checkedInTime = (iso: string | null) => {
  if (!iso) return ''
  const { date, time } = splitShanghai(iso)
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8))}日 ${time}`
}

/**
 * In a browser: saves the CSV as a file (with a BOM, so spreadsheet programs read the Chinese). In
 * WeChat: copies it, once the user agrees. Whether it was handed over.
 */
async function saveCsv(filename: string, csv: string, copy: (text: string) => Promise<boolean>): Promise<boolean> {
  if (process.env.TARO_ENV === 'h5') {
    const url = URL.createObjectURL(new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' }))
    const link = document.createElement('a')
    link.href = url
    link.download = filename
    document.body.appendChild(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
    void Taro.showToast({ title: '已下载', icon: 'none' })
    return true
  }
  return copy(csv)
}

/** The bureau's view of one fair: figures, check-in by code, bookings and sign-ups, CSV export. */
export default function FairBookingsPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const remote = useRemote<Loaded>(async () => {
    if (!id) throw new CallError('INVALID_INPUT', '没有指定招聘会')
    const [participants, stats] = await Promise.all([fairsAdminApi.participants(id), fairsAdminApi.stats().catch(() => null)])
    return { ...participants, figures: stats?.fairs.find((f) => f.id === id) ?? null }
  }, id)
  useDidShow(remote.reload)
  return (
    <View className='page fair-admin'>
      <AsyncView remote={remote}>{(data) => <BookingsView data={data} reload={remote.reload} />}</AsyncView>
    </View>
  )
}

function BookingsView({ data, reload }: { data: Loaded; reload: () => void }) {
  const { fair, counts, bookings, signups, figures } = data
  const [tab, setTab] = useState<Tab>('bookings')
  const [code, setCode] = useState('')
  const [checkInResult, setCheckInResult] = useState<{ ok: boolean; text: string } | null>(null)
  const [csv, setCsv] = useState<{ filename: string; csv: string } | null>(null)
  const clipboard = useClipboard('复制导出的名单')

  const checkIn = async () => {
    try {
      const { signup, already } = await fairsAdminApi.checkIn(fair.id, code)
      setCheckInResult({
        ok: true,
        text: already ? `${formatCheckInCode(signup.code)} 已于 ${checkedInTime(signup.checkedInAt)} 签到过` : `${formatCheckInCode(signup.code)} 签到成功`,
      })
      setCode('')
      reload()
    } catch (error) {
      setCheckInResult({ ok: false, text: error instanceof CallError ? error.message : '签到失败' })
    }
  }
  const exportCsv = async (kind: Tab) => {
    try {
      const result = await fairsAdminApi.exportCsv(fair.id, kind)
      if (await saveCsv(result.filename, result.csv, clipboard.copy)) setCsv(result)
    } catch (error) {
      void Taro.showToast({ title: error instanceof CallError ? error.message : '导出失败', icon: 'none' })
    }
  }

  return (
    <>
      <View className='card'>
        <View className='fair-admin__tags'>
          <FairStatusBadge status={fair.status} label={fair.statusLabel} />
          <Text className='fair-admin__campaign'>{fair.campaignLabel}</Text>
        </View>
        <Text className='card__title'>{fair.name}</Text>
        <Text className='fair-admin__line'>{fairTimeRange(fair)}</Text>
        <View className='fair-admin__figures'>
          <Figure label='参会企业' value={counts.bookings} />
          <Figure label='参会岗位' value={figures?.postings ?? bookings.reduce((n, b) => n + b.jobs.length, 0)} />
          <Figure label='报名' value={counts.signups} />
          <Figure label='已签到' value={counts.checkedIn} />
          <Figure label='投递' value={figures?.applications ?? 0} />
        </View>
      </View>

      <View className='card fair-checkin'>
        <Text className='card__title'>现场签到</Text>
        <View className='fair-checkin__row'>
          <Input className='fair-checkin__input' value={code} placeholder='输入求职者出示的8位签到码' maxlength={12} onInput={(e) => setCode(e.detail.value)} />
          <Button className='btn-primary fair-checkin__btn' size='mini' disabled={!code.trim()} onClick={() => void checkIn()}>
            签到
          </Button>
        </View>
        {checkInResult && <Text className={`fair-checkin__result ${checkInResult.ok ? 'fair-checkin__result--ok' : ''}`}>{checkInResult.text}</Text>}
      </View>

      <View className='fair-admin__tabs'>
        <Text className={`fair-admin__tab ${tab === 'bookings' ? 'fair-admin__tab--on' : ''}`} onClick={() => setTab('bookings')}>
          {`参会企业（${counts.bookings}）`}
        </Text>
        <Text className={`fair-admin__tab ${tab === 'signups' ? 'fair-admin__tab--on' : ''}`} onClick={() => setTab('signups')}>
          {`报名求职者（${counts.signups}）`}
        </Text>
        <Button className='fair-admin__export' size='mini' onClick={() => void exportCsv(tab)}>
          导出CSV
        </Button>
      </View>
      {csv && (
        <View className='card fair-admin__csv'>
          <Text className='muted'>{process.env.TARO_ENV === 'h5' ? `已下载 ${csv.filename}` : `${csv.filename} 已复制到剪贴板，可粘贴到表格`}</Text>
        </View>
      )}

      {tab === 'bookings' &&
        (bookings.length === 0 ? (
          <Text className='card fair-admin__empty muted'>还没有企业预订展位</Text>
        ) : (
          bookings.map((b) => (
            <View key={b.boothNo} className='card fair-admin__booking' data-booth={b.boothNo}>
              <View className='fair-admin__booking-head'>
                <Text className='fair-admin__booth'>{`${b.boothNo}号`}</Text>
                <Text className='fair-admin__firm'>{b.employerName}</Text>
              </View>
              {b.employer && (
                <Text className='fair-admin__line'>{`${b.employer.industryLabel} · ${b.employer.city}${b.employer.district} · ${b.employer.contactName} ${b.employer.contactPhone}`}</Text>
              )}
              <Text className='fair-admin__line'>{`岗位：${b.jobs.map((j) => `${j.title}（${j.headcount}人${j.state === 'published' ? '' : `，${j.stateLabel}`}）`).join('、') || '无'}`}</Text>
            </View>
          ))
        ))}

      {tab === 'signups' &&
        (signups.length === 0 ? (
          <Text className='card fair-admin__empty muted'>还没有求职者报名</Text>
        ) : (
          <View className='card'>
            {signups.map((s, i) => (
              <View key={s.code} className='fair-admin__signup' data-code={s.code}>
                <Text className='fair-admin__signup-no'>{String(i + 1)}</Text>
                <Text className='fair-admin__signup-code'>{formatCheckInCode(s.code)}</Text>
                <Text className='fair-admin__signup-meta'>{`${s.checkedInAt ? '已签到' : '未签到'} · 到访${s.visited} · 感兴趣${s.interested}`}</Text>
              </View>
            ))}
          </View>
        ))}
      {clipboard.dialog}
    </>
  )
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <View className='fair-admin__figure'>
      <Text className='fair-admin__figure-value'>{String(value)}</Text>
      <Text className='fair-admin__figure-label'>{label}</Text>
    </View>
  )
}
