import { useState } from 'react'
import { Button, Image, Map as TaroMap, Text, View } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { AsyncView } from '../../../components/AsyncView'
import { FairStatusBadge } from '../../../components/FairCard'
import { useClipboard } from '../../../hooks/useClipboard'
import { useReloadOnShow, useRemote } from '../../../hooks/useRemote'
import { accountApi, type Me } from '../../../services/account'
import { CallError } from '../../../services/cloud'
import { jobDetailUrl, type PublicJob } from '../../../services/jobs'
import { fairDetailUrl, fairsApi, type FairDetail, type FairFirm, type FairView, type FirmMark } from '../../../services/fairs'
import { addToCalendar } from '../../../utils/add-to-calendar'
import { fairEvent, fairPlace, fairTimeRange, mapLink } from '../../../utils/fairs'
import { formatPay } from '../../../utils/jobs'
import { failed } from './feedback'
import { MyPartCard } from './my-part-card'
import { useCareMode } from '../../../hooks/useCareMode'
import './index.css'

interface Loaded extends FairDetail {
  me: Me | null
}

/** Copied into the package by config/index.ts (an imported image would be inlined as a data URI, which the map refuses). */
const MARKER_ICON = '/assets/fairs/marker.png'

export default function FairDetailPage() {
  const { pageClass } = useCareMode()
  const { params } = useRouter()
  const id = params.id ?? ''
  const remote = useRemote<Loaded>(async () => {
    if (!id) throw new CallError('INVALID_INPUT', '没有指定招聘会')
    const [detail, me] = await Promise.all([fairsApi.get(id), accountApi.me().catch(() => null)])
    return { ...detail, me }
  }, id)
  useReloadOnShow(remote.reload)
  useShareAppMessage(() => {
    const fair = remote.data?.fair
    return {
      title: fair ? `${fair.name}｜${fairTimeRange(fair)}` : '山西民营企业招聘会',
      path: fairDetailUrl(id),
    }
  })
  return (
    <View className={`${pageClass} fair-detail`}>
      <AsyncView remote={remote}>{(data) => <DetailView data={data} reload={remote.reload} />}</AsyncView>
    </View>
  )
}

function DetailView({ data, reload }: { data: Loaded; reload: () => void }) {
  const { fair, firms, counts, mine, me } = data
  const [marks, setMarks] = useState<FirmMark[]>(mine?.signup?.marks ?? [])
  const signedUp = mine?.signup ?? null
  const clipboard = useClipboard('复制分享链接')
  // Seekers (and visitors, who sign in on the posting's page) apply to the postings here until the fair ends.
  const applyFrom = fair.status !== 'ended' && me?.role !== 'employer' && me?.role !== 'admin' ? fair.id : undefined

  const addFairToCalendar = () => void addToCalendar(fairEvent(fair)).catch(() => Taro.showToast({ title: '未能添加到日历', icon: 'none' }))
  const share = () => {
    // H5: the page's address; in WeChat the share button is used instead.
    const url = typeof window !== 'undefined' ? window.location.href : fairDetailUrl(fair.id)
    void clipboard.copy(`${fair.name}\n${fairTimeRange(fair)}\n${url}`)
  }
  const mark = async (employerId: string, change: { visited?: boolean; interested?: boolean }) => {
    try {
      setMarks((await fairsApi.mark(fair.id, employerId, change)).marks)
    } catch (error) {
      failed(error)
    }
  }

  return (
    <>
      <View className='card fair-head'>
        <View className='fair-head__tags'>
          <FairStatusBadge status={fair.status} label={fair.statusLabel} />
          <Text className='fair-head__campaign'>{fair.campaignLabel}</Text>
          <Text className='fair-head__level'>{`${fair.levelLabel} · ${fair.modeLabel}`}</Text>
        </View>
        <Text className='fair-head__name'>{fair.name}</Text>
        <Row label='时间' value={fairTimeRange(fair)} />
        <Row label={fair.mode === 'online' ? '形式' : '地点'} value={fair.mode === 'online' ? `${fairPlace(fair)}（在本小程序参会、投递）` : `${fair.venue}\n${fair.address}`} />
        <Row label='主办' value={fair.organiser} />
        <Row label='咨询' value={`${fair.contactName} ${fair.contactPhone}`} onTap={() => void Taro.makePhoneCall({ phoneNumber: fair.contactPhone }).catch(() => undefined)} />
        {fair.description && <Text className='fair-head__desc'>{fair.description}</Text>}
        <View className='fair-head__figures'>
          <Figure value={counts.firms} label='参会企业' />
          <Figure value={counts.jobs} label='在招岗位' />
          <Figure value={`${fair.boothsLeft}/${fair.boothCount}`} label='剩余展位' />
          <Figure value={counts.signups} label='求职者报名' />
        </View>
        <View className='fair-head__actions'>
          <Button className='fair-head__btn' size='mini' onClick={addFairToCalendar}>
            添加到日历
          </Button>
          {process.env.TARO_ENV === 'weapp' ? (
            <Button className='fair-head__btn' size='mini' openType='share'>
              分享给朋友
            </Button>
          ) : (
            <Button className='fair-head__btn' size='mini' onClick={share}>
              复制分享链接
            </Button>
          )}
        </View>
      </View>

      <MyPartCard data={data} reload={reload} />

      {fair.mode === 'onsite' && <Venue fair={fair} />}

      <Text className='section-title'>{`参会企业（${firms.length}家）`}</Text>
      {firms.length === 0 && <Text className='card fair-empty muted'>还没有企业预订展位</Text>}
      {firms.map((firm) => (
        <FirmCard key={firm.employer.id} firm={firm} mark={signedUp && fair.status !== 'ended' ? marks.find((m) => m.employerId === firm.employer.id) ?? null : undefined} onMark={mark} fair={fair} applyFrom={applyFrom} />
      ))}
      {clipboard.dialog}
    </>
  )
}

function Row({ label, value, onTap }: { label: string; value: string; onTap?: () => void }) {
  return (
    <View className='fair-row' onClick={onTap}>
      <Text className='fair-row__label'>{label}</Text>
      <Text className={`fair-row__value ${onTap ? 'fair-row__value--link' : ''}`}>{value}</Text>
    </View>
  )
}

function Figure({ value, label }: { value: number | string; label: string }) {
  return (
    <View className='fair-figure'>
      <Text className='fair-figure__value'>{String(value)}</Text>
      <Text className='fair-figure__label'>{label}</Text>
    </View>
  )
}

/** The map of an on-site fair: WeChat's map in the mini-program, the address and a map link in a browser. */
function Venue({ fair }: { fair: FairDetail['fair'] }) {
  const link = mapLink(fair)
  const clipboard = useClipboard('复制地图链接')
  const openLink = () => {
    if (process.env.TARO_ENV === 'h5') window.open(link, '_blank')
    else void clipboard.copy(link)
  }
  return (
    <View className='card fair-venue'>
      <Text className='card__title'>场馆与交通</Text>
      {process.env.TARO_ENV === 'weapp' && fair.location ? (
        <TaroMap
          className='fair-venue__map'
          latitude={fair.location.latitude}
          longitude={fair.location.longitude}
          scale={15}
          markers={[{ id: 1, latitude: fair.location.latitude, longitude: fair.location.longitude, title: fair.venue, iconPath: MARKER_ICON, width: 24, height: 32 }]}
          onError={() => undefined}
          onTap={() =>
            fair.location &&
            void Taro.openLocation({ latitude: fair.location.latitude, longitude: fair.location.longitude, name: fair.venue, address: fair.address, scale: 16 })
          }
        />
      ) : null}
      <Text className='fair-venue__name'>{fair.venue}</Text>
      <Text className='fair-venue__address'>{fair.address}</Text>
      {process.env.TARO_ENV !== 'weapp' && (
        <Text className='link fair-venue__link' data-href={link} onClick={openLink}>
          在高德地图中查看位置与路线 ›
        </Text>
      )}
      {fair.hallMapLink && (
        <View className='fair-venue__hall'>
          <Text className='fair-venue__hall-title'>展位分布图</Text>
          <Image className='fair-venue__hall-image' src={fair.hallMapLink} mode='widthFix' onClick={() => void Taro.previewImage({ urls: [fair.hallMapLink] })} />
        </View>
      )}
      {clipboard.dialog}
    </View>
  )
}

/** A firm at its booth: who it is, its postings (tap for details, and to apply from the fair), and the seeker's marks. */
function FirmCard({ firm, fair, mark, onMark, applyFrom }: {
  firm: FairFirm
  fair: FairView
  mark: FirmMark | null | undefined
  onMark: (employerId: string, change: { visited?: boolean; interested?: boolean }) => void
  applyFrom?: string
}) {
  const { employer } = firm
  const canVisit = fair.mode === 'onsite' && (fair.status === 'ongoing' || fair.status === 'today')
  return (
    <View className='card fair-firm' data-employer={employer.id}>
      <View className='fair-firm__head'>
        <Text className='fair-firm__booth'>{`${firm.boothNo}号`}</Text>
        <View className='fair-firm__who'>
          <Text className='fair-firm__name'>{employer.name}</Text>
          <Text className='fair-firm__meta'>{`${employer.industryLabel} · ${employer.city}${employer.district} · ${employer.employees}人`}</Text>
        </View>
      </View>
      {firm.jobs.length === 0 && <Text className='fair-firm__none muted'>暂无在招岗位</Text>}
      {firm.jobs.map((job) => (
        <JobRow key={job.id} job={job} applyFrom={applyFrom} />
      ))}
      {mark !== undefined && (
        <View className='fair-firm__marks'>
          <Text
            className={`fair-mark ${mark?.interested ? 'fair-mark--on' : ''}`}
            data-mark='interested'
            onClick={() => onMark(employer.id, { interested: !mark?.interested })}
          >
            {mark?.interested ? '★ 感兴趣' : '☆ 感兴趣'}
          </Text>
          {canVisit && (
            <Text className={`fair-mark ${mark?.visited ? 'fair-mark--on' : ''}`} data-mark='visited' onClick={() => onMark(employer.id, { visited: !mark?.visited })}>
              {mark?.visited ? '✓ 已到访' : '○ 标记已到访'}
            </Text>
          )}
        </View>
      )}
    </View>
  )
}

/** `applyFrom`: the fair a seeker applies from, on the posting's page (the application counts for it). */
function JobRow({ job, applyFrom }: { job: PublicJob; applyFrom?: string }) {
  const [open, setOpen] = useState(false)
  return (
    <View className={`fair-job ${open ? 'fair-job--open' : ''}`} data-job={job.id} onClick={() => setOpen(!open)}>
      <View className='fair-job__head'>
        <Text className='fair-job__title'>{job.title}</Text>
        <Text className='fair-job__pay money'>{formatPay(job.pay)}</Text>
      </View>
      <Text className='fair-job__meta'>{`招${job.headcount}人 · ${job.requirements.educationLabel} · ${job.requirements.experienceLabel} · ${job.location.city}${job.location.district}`}</Text>
      {open && (
        <View className='fair-job__body'>
          <Text className='fair-job__section'>岗位职责</Text>
          <Text className='fair-job__text'>{job.duties}</Text>
          {job.requirements.other && (
            <>
              <Text className='fair-job__section'>其他要求</Text>
              <Text className='fair-job__text'>{job.requirements.other}</Text>
            </>
          )}
          {job.benefits && (
            <>
              <Text className='fair-job__section'>福利待遇</Text>
              <Text className='fair-job__text'>{job.benefits}</Text>
            </>
          )}
          <Text className='fair-job__section'>工作地点</Text>
          <Text className='fair-job__text'>{`${job.location.city}${job.location.district}${job.location.address}`}</Text>
          {applyFrom && (
            <Button
              className='btn-primary fair-job__apply'
              size='mini'
              onClick={(e) => {
                e.stopPropagation()
                void Taro.navigateTo({ url: jobDetailUrl(job.id, applyFrom) })
              }}
            >
              去投递 ›
            </Button>
          )}
        </View>
      )}
    </View>
  )
}
