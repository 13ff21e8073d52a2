import { useEffect, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { AsyncView } from '../../../components/AsyncView'
import { FairStatusBadge } from '../../../components/FairCard'
import { useClipboard } from '../../../hooks/useClipboard'
import { useReloadOnShow, useRemote } from '../../../hooks/useRemote'
import { CallError } from '../../../services/cloud'
import { deliverExport } from '../../../services/files'
import { fairsAdminApi, type FairFigures, type ParticipantBooking, type Participants, type ParticipantSignup, type RosterList } from '../../../services/fairs'
import { fairTimeRange, formatCheckInCode, splitShanghai } from '../../../utils/fairs'
import { useCareMode } from '../../../hooks/useCareMode'
import './index.css'

interface Loaded extends Participants {
  figures: FairFigures | null
}


const checkedInTime = (iso: string | null) => {
  if (!iso) return ''
  const { date, time } = splitShanghai(iso)
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8))}日 ${time}`
}

/** The bureau's view of one fair: figures, check-in by code, bookings and sign-ups a page at a time, CSV export. */
export default function FairBookingsPage() {
  const { pageClass } = useCareMode()
  const { params } = useRouter()
  const id = params.id ?? ''
  const remote = useRemote<Loaded>(async () => {
    if (!id) throw new CallError('INVALID_INPUT', '没有指定招聘会')
    const [participants, stats] = await Promise.all([fairsAdminApi.participants(id), fairsAdminApi.stats().catch(() => null)])
    return { ...participants, figures: stats?.fairs.find((f) => f.id === id) ?? null }
  }, id)
  useReloadOnShow(remote.reload)
  return (
    <View className={`${pageClass} fair-admin`}>
      <AsyncView remote={remote}>{(data) => <BookingsView data={data} reload={remote.reload} />}</AsyncView>
    </View>
  )
}

function BookingsView({ data, reload }: { data: Loaded; reload: () => void }) {
  const { fair, counts, figures } = data
  const [tab, setTab] = useState<RosterList>('bookings')
  const [code, setCode] = useState('')
  const [checkInResult, setCheckInResult] = useState<{ ok: boolean; text: string } | null>(null)
  const [exported, setExported] = useState('')
  const clipboard = useClipboard('复制导出名单的下载链接')
  // Later pages, added to the first ones the page loaded with.
  const [more, setMore] = useState<{ bookings: ParticipantBooking[]; signups: ParticipantSignup[] }>({ bookings: [], signups: [] })
  const [cursors, setCursors] = useState({ bookings: data.bookings?.nextCursor ?? null, signups: data.signups?.nextCursor ?? null })
  // A reload (after a check-in) starts from the first pages again.
  useEffect(() => {
    setMore({ bookings: [], signups: [] })
    setCursors({ bookings: data.bookings?.nextCursor ?? null, signups: data.signups?.nextCursor ?? null })
  }, [data])
  const bookings = [...(data.bookings?.items ?? []), ...more.bookings]
  const signups = [...(data.signups?.items ?? []), ...more.signups]

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
  const exportCsv = async (kind: RosterList) => {
    try {
      const delivered = await deliverExport(await fairsAdminApi.exportCsv(fair.id, kind), clipboard.copy)
      if (delivered) setExported(delivered)
    } catch (error) {
      void Taro.showToast({ title: error instanceof CallError ? error.message : '导出失败', icon: 'none' })
    }
  }
  const loadMore = async (list: RosterList) => {
    const cursor = cursors[list]
    if (!cursor) return
    try {
      const page = await fairsAdminApi.participants(fair.id, { list, cursor })
      if (list === 'bookings' && page.bookings) {
        const next = page.bookings
        setMore((m) => ({ ...m, bookings: [...m.bookings, ...next.items] }))
        setCursors((c) => ({ ...c, bookings: next.nextCursor }))
      }
      if (list === 'signups' && page.signups) {
        const next = page.signups
        setMore((m) => ({ ...m, signups: [...m.signups, ...next.items] }))
        setCursors((c) => ({ ...c, signups: next.nextCursor }))
      }
    } catch (error) {
      void Taro.showToast({ title: error instanceof CallError ? error.message : '加载失败', icon: 'none' })
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
          {fair.mode === 'onsite' && <Figure label='已签到' value={counts.checkedIn} />}
          <Figure label='投递' value={figures?.applications ?? 0} />
        </View>
      </View>

      {fair.mode === 'onsite' && (
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
      )}

      <View className='fair-admin__tabs'>
        <Text className={`fair-admin__tab ${tab === 'bookings' ? 'fair-admin__tab--on' : ''}`} onClick={() => setTab('bookings')}>
          {`参会企业（${counts.bookings}）`}
        </Text>
        <Text className={`fair-admin__tab ${tab === 'signups' ? 'fair-admin__tab--on' : ''}`} onClick={() => setTab('signups')}>
          {`报名求职者（${counts.signups}）`}
        </Text>
        <Button className='fair-admin__export' size='mini' disabled={counts[tab] === 0} onClick={() => void exportCsv(tab)}>
          导出CSV
        </Button>
      </View>
      {exported && (
        <View className='card fair-admin__csv'>
          <Text className='muted'>{exported}</Text>
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
      {tab === 'bookings' && cursors.bookings && <MoreButton shown={bookings.length} total={counts.bookings} onClick={() => void loadMore('bookings')} />}

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
      {tab === 'signups' && cursors.signups && <MoreButton shown={signups.length} total={counts.signups} onClick={() => void loadMore('signups')} />}
      {clipboard.dialog}
    </>
  )
}

function MoreButton({ shown, total, onClick }: { shown: number; total: number; onClick: () => void }) {
  return (
    <Button className='fair-admin__more' size='mini' onClick={onClick}>
      {`加载更多（已显示${shown}/${total}）`}
    </Button>
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
