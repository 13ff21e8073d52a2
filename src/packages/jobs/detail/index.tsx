import { useRef, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { AsyncView } from '../../../components/AsyncView'
import { ReportDialog } from '../../../components/ReportDialog'
import { ReviewBadge } from '../../../components/ReviewBadge'
import { SafetyTips } from '../../../components/SafetyTips'
import { SignIn } from '../../../components/SignIn'
import { useClipboard } from '../../../hooks/useClipboard'
import { usePrivacyGate } from '../../../hooks/usePrivacyGate'
import { useReloadOnShow, useRemote } from '../../../hooks/useRemote'
import { applicationsApi, MY_APPLICATIONS, pipelineUrl } from '../../../services/applications'
import { CallError, canSignIn, OPEN_IN_WECHAT } from '../../../services/cloud'
import { jobDetailUrl, jobsApi, type JobDetail, type PublicEmployer, type PublicJob } from '../../../services/jobs'
import { PROFILE_URL } from '../../../services/seeker'
import { askForApplicationUpdates } from '../../../services/subscribe'
import { publishedAgo } from '../../../utils/board'
import { formatDateOf, formatPay } from '../../../utils/jobs'
import { applyButton, type ApplyButton } from './apply-button'
import { useCareMode } from '../../../hooks/useCareMode'
import { requirementNote } from './requirement-note'
import './index.css'

const toast = (title: string, icon: 'success' | 'none' = 'none') => void Taro.showToast({ title, icon })
const errorText = (e: unknown) => (e instanceof CallError ? e.message : '操作失败，请稍后重试')

/** The share card: title with pay, and the firm. */
export const shareTitle = (job: Pick<PublicJob, 'title' | 'pay' | 'employerName' | 'location'>) =>
  `${job.title} ${formatPay(job.pay)} · ${job.employerName}（${job.location.city}）`

function Head({ job }: { job: PublicJob }) {
  return (
    <View className='card job-detail__head'>
      <View className='job-detail__title-row'>
        <Text className='job-detail__title'>{job.title}</Text>
        {job.state !== 'published' && <ReviewBadge state={job.state} label={`${job.stateLabel} · 停止招聘`} />}
      </View>
      <Text className='job-detail__pay'>{formatPay(job.pay)}</Text>
      <View className='job-detail__tags'>
        <Text className='job-detail__tag'>{`${job.location.city}·${job.location.district}`}</Text>
        <Text className='job-detail__tag'>{job.requirements.educationLabel}</Text>
        <Text className='job-detail__tag'>{job.requirements.experienceLabel}</Text>
        <Text className='job-detail__tag'>{`招${job.headcount}人`}</Text>
      </View>
      <Text className='job-detail__dates'>
        {[publishedAgo(job.publishedAt), job.validUntil && job.state === 'published' ? `有效期至${formatDateOf(job.validUntil)}` : ''].filter(Boolean).join(' · ')}
      </Text>
    </View>
  )
}

function Section({ title, children }: { title: string; children: string }) {
  return (
    <View className='job-detail__section'>
      <Text className='job-detail__section-title'>{title}</Text>
      <Text className='job-detail__text'>{children}</Text>
    </View>
  )
}

function Firm({ employer }: { employer: PublicEmployer }) {
  return (
    <View className='card job-detail__firm' data-employer={employer.id}>
      <View className='job-detail__firm-head'>
        <Text className='job-detail__firm-name'>{employer.name}</Text>
        {employer.verified && <Text className='job-detail__verified'>已认证</Text>}
      </View>
      <Text className='job-detail__firm-line'>{`${employer.industryLabel} · ${employer.employees}人 · ${employer.city}${employer.district}`}</Text>
      <Text className='job-detail__firm-line'>{`联系人 ${employer.contactName} · ${employer.contactPhone}`}</Text>
      <Text className='job-detail__firm-line'>{`在招岗位 ${employer.livePostings} 个`}</Text>
      <Text className='job-detail__firm-note'>民营企业经人社部门审核认证；电话号码仅部分显示，投递后企业会与您联系。</Text>
    </View>
  )
}

function Detail({ data, reload, fairId }: { data: JobDetail; reload: () => void; fairId?: string }) {
  const { job, employer, viewer } = data
  const [reporting, setReporting] = useState(false)
  const [signingIn, setSigningIn] = useState(false)
  const [busy, setBusy] = useState(false)
  const inFlight = useRef(false)
  const privacy = usePrivacyGate('投递简历')
  const clipboard = useClipboard('复制岗位链接')
  const live = job.state === 'published'
  const seeker = viewer?.role === 'seeker'
  const profileThenApply = `${PROFILE_URL}?apply=${encodeURIComponent(job.id)}${fairId ? `&fairId=${encodeURIComponent(fairId)}` : ''}`

  const apply = async () => {
    if (!viewer) {
      setSigningIn(true)
      return
    }
    if (!viewer.hasProfile) {
      void Taro.navigateTo({ url: profileThenApply })
      return
    }
    // A second tap while the first is on its way changes nothing (and the database keeps one application anyway).
    if (inFlight.current) return
    inFlight.current = true
    // Still inside the tap (nothing awaited yet), as WeChat requires: may we tell them how it goes? Applying goes on whatever the answer.
    const asked = askForApplicationUpdates()
    setBusy(true)
    try {
      await asked
      if (!(await privacy.ensure())) {
        toast('需同意隐私保护指引后才能投递')
        return
      }
      const { alreadyApplied } = await applicationsApi.apply(job.id, fairId)
      toast(alreadyApplied ? '已投递过该岗位' : '投递成功', alreadyApplied ? 'none' : 'success')
      reload()
    } catch (e) {
      if (e instanceof CallError && e.details?.reason === 'profile-required') void Taro.navigateTo({ url: profileThenApply })
      else toast(errorText(e))
    } finally {
      inFlight.current = false
      setBusy(false)
    }
  }

  const favourite = async () => {
    if (!viewer) return setSigningIn(true)
    try {
      const res = await jobsApi.favourite(job.id, !viewer.favourite)
      toast(res.favourite ? '已收藏' : '已取消收藏', 'success')
      reload()
    } catch (e) {
      toast(errorText(e))
    }
  }

  const report = async (reason: Parameters<typeof jobsApi.report>[1], note: string) => {
    const res = await jobsApi.report(job.id, reason, note)
    setReporting(false)
    toast(res.alreadyReported ? '您已举报过该岗位' : '已提交，感谢您的监督')
    reload()
  }

  const share = () => {
    if (process.env.TARO_ENV === 'weapp') return
    const link = typeof window === 'undefined' ? jobDetailUrl(job.id) : window.location.href
    void clipboard.copy(`${shareTitle(job)} ${link}`).then((copied) => copied && toast('链接已复制，可粘贴分享', 'success'))
  }

  const button = applyButton({ viewer, live, canSignIn: canSignIn(), openInWechat: OPEN_IN_WECHAT })
  const taps: Record<ApplyButton['kind'], (() => void) | undefined> = {
    pipeline: () => void Taro.navigateTo({ url: pipelineUrl(job.id) }),
    'not-a-seeker': undefined,
    progress: () => void Taro.navigateTo({ url: MY_APPLICATIONS }),
    closed: undefined,
    'open-in-wechat': () => toast(`投递简历${OPEN_IN_WECHAT}「晋企通」小程序`),
    'sign-in': () => setSigningIn(true),
    apply: () => void apply(),
  }
  const main = { label: button.label, onClick: taps[button.kind], disabled: taps[button.kind] === undefined, done: button.kind === 'progress' }
  const note = button.kind === 'apply' ? requirementNote(job.requirements, viewer?.profile ?? null) : null

  return (
    <View className='job-detail'>
      <Head job={job} />
      <View className='card'>
        <Section title='岗位职责'>{job.duties}</Section>
        {job.requirements.other ? <Section title='任职要求'>{job.requirements.other}</Section> : null}
        {job.benefits ? <Section title='福利待遇'>{job.benefits}</Section> : null}
        <Section title='工作地点'>{`${job.location.city}${job.location.district}${job.location.address}`}</Section>
      </View>
      {note && <Text className='job-detail__fit'>{note}</Text>}
      {employer && <Firm employer={employer} />}
      <SafetyTips />
      <View className='job-detail__share card' onClick={share}>
        <Button className='job-detail__share-btn' openType='share' size='mini'>
          分享给朋友
        </Button>
        <Text className='job-detail__share-text'>{shareTitle(job)}</Text>
      </View>
      <View className='job-detail__bar'>
        {seeker && (
          <View className={`job-detail__icon ${viewer?.favourite ? 'job-detail__icon--on' : ''}`} onClick={() => void favourite()}>
            <Text className='job-detail__icon-glyph'>{viewer?.favourite ? '★' : '☆'}</Text>
            <Text className='job-detail__icon-label'>{viewer?.favourite ? '已收藏' : '收藏'}</Text>
          </View>
        )}
        {viewer && !viewer.own && viewer.role !== 'admin' && live && (
          <View className='job-detail__icon' onClick={() => (viewer.reported ? toast('您已举报过该岗位，人社部门会尽快核实') : setReporting(true))}>
            <Text className='job-detail__icon-glyph'>⚠</Text>
            <Text className='job-detail__icon-label'>{viewer.reported ? '已举报' : '举报'}</Text>
          </View>
        )}
        <Button className={`job-detail__apply ${main.disabled ? 'job-detail__apply--off' : main.done ? 'job-detail__apply--done' : 'btn-primary'}`} disabled={main.disabled || busy} loading={busy} onClick={main.onClick}>
          {main.label}
        </Button>
      </View>
      {signingIn && (
        <View className='job-detail__sign-in'>
          <View className='job-detail__sign-in-mask' onClick={() => setSigningIn(false)} />
          <View className='job-detail__sign-in-panel'>
            <SignIn
              purpose='投递简历'
              onSignedIn={() => {
                setSigningIn(false)
                reload()
              }}
            />
          </View>
        </View>
      )}
      {reporting && <ReportDialog jobTitle={job.title} onSubmit={report} onClose={() => setReporting(false)} />}
      {privacy.dialog}
      {clipboard.dialog}
    </View>
  )
}

export default function JobDetailPage() {
  const { pageClass } = useCareMode()
  const { params } = useRouter()
  const id = params.id ?? ''
  // Opened from a fair's page: applying here counts for that fair.
  const fairId = params.fairId || undefined
  const remote = useRemote(() => jobsApi.get(id), `job-${id}`)
  useReloadOnShow(remote.reload)
  const job = remote.data?.job
  useShareAppMessage(() => ({ title: job ? shareTitle(job) : '晋企通 · 民营企业招聘', path: jobDetailUrl(id) }))
  useShareTimeline(() => ({ title: job ? shareTitle(job) : '晋企通 · 民营企业招聘', query: `id=${encodeURIComponent(id)}` }))
  return (
    <View className={`${pageClass} job-detail-page`}>
      <AsyncView remote={remote} loadingText='正在加载岗位…'>
        {(data) => <Detail data={data} reload={remote.reload} fairId={fairId} />}
      </AsyncView>
    </View>
  )
}
