import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { AsyncView } from '../../../components/AsyncView'
import { useRemote } from '../../../hooks/useRemote'
import { CallError } from '../../../services/cloud'
import { employerApi, type JobView } from '../../../services/employer'
import { fairsApi, type FairDetail } from '../../../services/fairs'
import { fairTimeRange } from '../../../utils/fairs'
import { formatPay } from '../../../utils/jobs'
import { useCareMode } from '../../../hooks/useCareMode'
import './index.css'

interface Loaded {
  detail: FairDetail
  jobs: JobView[]
}

/** A verified firm books a booth and picks which of its recruiting postings it brings (or changes them). */
export default function FairBookPage() {
  const { pageClass } = useCareMode()
  const { params } = useRouter()
  const id = params.id ?? ''
  const remote = useRemote<Loaded>(async () => {
    if (!id) throw new CallError('INVALID_INPUT', '没有指定招聘会')
    const [detail, mine] = await Promise.all([fairsApi.get(id), employerApi.mine({ state: 'published' })])
    return { detail, jobs: mine.jobs }
  }, id)
  return (
    <View className={`${pageClass} fair-book`}>
      <AsyncView remote={remote}>{(data) => <BookForm {...data} />}</AsyncView>
    </View>
  )
}

function BookForm({ detail, jobs }: Loaded) {
  const { fair } = detail
  const booking = detail.mine?.booking ?? null
  const [picked, setPicked] = useState<string[]>(() => booking?.jobIds.filter((id) => jobs.some((j) => j.id === id)) ?? jobs.map((j) => j.id))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const toggle = (jobId: string) => setPicked((p) => (p.includes(jobId) ? p.filter((x) => x !== jobId) : [...p, jobId]))

  const submit = async () => {
    if (picked.length === 0) {
      setError('请至少选择1个参会岗位')
      return
    }
    setBusy(true)
    setError('')
    try {
      if (booking) {
        await fairsApi.setJobs(fair.id, picked)
        await Taro.showToast({ title: '已更新参会岗位', icon: 'success' })
      } else {
        const { booking: booked } = await fairsApi.register(fair.id, picked)
        await Taro.showToast({ title: `已预订${booked.boothNo}号展位`, icon: 'success' })
      }
      await Taro.navigateBack()
    } catch (e) {
      setError(e instanceof CallError ? e.message : '预订失败，请稍后再试')
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <View className='card'>
        <Text className='card__title'>{fair.name}</Text>
        <Text className='fair-book__line'>{fairTimeRange(fair)}</Text>
        <Text className='fair-book__line'>{booking ? `已预订 ${booking.boothNo} 号展位` : `剩余 ${fair.boothsLeft} 个展位 · 展位号按预订先后自动分配`}</Text>
      </View>
      <Text className='section-title'>{`选择参会岗位（已选 ${picked.length} 个）`}</Text>
      {jobs.length === 0 ? (
        <View className='card'>
          <Text className='muted'>暂无招聘中的岗位。请先发布岗位并通过审核，再预订展位。</Text>
        </View>
      ) : (
        jobs.map((job) => {
          const on = picked.includes(job.id)
          return (
            <View key={job.id} className={`card fair-book__job ${on ? 'fair-book__job--on' : ''}`} data-job={job.id} onClick={() => toggle(job.id)}>
              <Text className='fair-book__check'>{on ? '✓' : ''}</Text>
              <View className='fair-book__job-text'>
                <Text className='fair-book__title'>{job.title}</Text>
                <Text className='fair-book__meta'>{`招${job.headcount}人 · ${formatPay(job.pay)} · ${job.location.city}${job.location.district}`}</Text>
              </View>
            </View>
          )
        })
      )}
      {error && <Text className='fair-book__error'>{error}</Text>}
      <Button className='btn-primary fair-book__submit' disabled={busy || jobs.length === 0} onClick={() => void submit()}>
        {booking ? '保存参会岗位' : '确认预订展位'}
      </Button>
    </>
  )
}
