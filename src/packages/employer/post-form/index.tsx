import { useEffect, useRef, useState } from 'react'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { AsyncView } from '../../../components/AsyncView'
import { ChoiceChips } from '../../../components/ChoiceChips'
import { ComplianceHits } from '../../../components/ComplianceHits'
import { FormField } from '../../../components/FormField'
import { HiringHint } from '../../../components/HiringHint'
import { ReviewBadge } from '../../../components/ReviewBadge'
import { useRemote } from '../../../hooks/useRemote'
import { accountApi } from '../../../services/account'
import { CallError } from '../../../services/cloud'
import {
  employerApi,
  hitsOf,
  type Catalog,
  type ComplianceHit,
  type EmployerView,
  type JobInput,
  type JobView,
  type Preview,
} from '../../../services/employer'
import { wholeNumber } from '../../../utils/jobs'
import './index.css'
import { RegionFields, regionErrors } from '../../../components/RegionFields'
import { useCareMode } from '../../../hooks/useCareMode'

/** The form as typed: numbers stay text until they are valid. */
export interface PostDraft {
  title: string
  headcount: string
  duties: string
  education: string
  experienceYears: number | undefined
  other: string
  city: string
  district: string
  address: string
  payMin: string
  payMax: string
  benefits: string
  validDays: string
}

type Field = keyof PostDraft

const LIMITS = { title: 30, duties: 1000, other: 500, benefits: 200, address: 100 }
const VALIDITY_CHOICES = [15, 30, 60, 90]

const len = (s: string) => s.trim().length

/** Every rule of jobs.create, checked as the firm types: a Chinese message per field. */
export function validatePost(d: PostDraft, catalog: Catalog): Partial<Record<Field, string>> {
  const e: Partial<Record<Field, string>> = {}
  if (len(d.title) < 2) e.title = '岗位名称至少2个字'
  else if (len(d.title) > LIMITS.title) e.title = `岗位名称最多${LIMITS.title}个字`
  const headcount = wholeNumber(d.headcount)
  if (headcount === undefined || headcount < 1 || headcount > 999) e.headcount = '招聘人数须为1–999的整数'
  if (len(d.duties) < 10) e.duties = `岗位职责至少10个字（已写${len(d.duties)}个）`
  else if (len(d.duties) > LIMITS.duties) e.duties = `岗位职责最多${LIMITS.duties}个字`
  if (!d.education) e.education = '请选择学历要求'
  if (d.experienceYears === undefined) e.experienceYears = '请选择经验要求'
  if (len(d.other) > LIMITS.other) e.other = `其他要求最多${LIMITS.other}个字`
  Object.assign(e, regionErrors(catalog.regions, d.city, d.district, '请选择工作城市'))
  if (len(d.address) < 2) e.address = '请填写工作地址'
  const min = wholeNumber(d.payMin)
  const max = wholeNumber(d.payMax)
  if (min === undefined || min < 1) e.payMin = '请填写月薪下限（元，整数）'
  else if (max === undefined || max < 1) e.payMin = '请填写月薪上限（元，整数）'
  else if (min > max) e.payMin = '月薪下限不能高于上限'
  else if (max > 1_000_000) e.payMin = '月薪上限不能超过1,000,000元'
  if (len(d.benefits) > LIMITS.benefits) e.benefits = `福利待遇最多${LIMITS.benefits}个字`
  const days = wholeNumber(d.validDays)
  if (days === undefined || days < 1 || days > catalog.maxValidDays) e.validDays = `有效期须为1–${catalog.maxValidDays}天`
  return e
}

/** What jobs.create and jobs.update take; the education and city are the catalogue's options, checked by validatePost and again by the function. */
export function toContent(d: PostDraft): JobInput {
  return {
    title: d.title.trim(),
    headcount: wholeNumber(d.headcount) as number,
    duties: d.duties.trim(),
    requirements: { education: d.education as JobInput['requirements']['education'], experienceYears: d.experienceYears as number, other: d.other.trim() },
    location: { city: d.city as JobInput['location']['city'], district: d.district, address: d.address.trim() },
    pay: { min: wholeNumber(d.payMin) as number, max: wholeNumber(d.payMax) as number },
    benefits: d.benefits.trim(),
    validDays: wholeNumber(d.validDays) as number,
  }
}

const fromJob = (job: JobView | null, employer: EmployerView): PostDraft => ({
  title: job?.title ?? '',
  headcount: job ? String(job.headcount) : '',
  duties: job?.duties ?? '',
  education: job?.requirements.education ?? '',
  experienceYears: job?.requirements.experienceYears,
  other: job?.requirements.other ?? '',
  city: job?.location.city ?? employer.city,
  district: job?.location.district ?? employer.district,
  address: job?.location.address ?? employer.address,
  payMin: job ? String(job.pay.min) : '',
  payMax: job ? String(job.pay.max) : '',
  benefits: job?.benefits ?? '',
  validDays: job ? String(job.validDays) : '30',
})

/** The local compliance check and the measure-21 hint, fetched a moment after the firm stops typing. */
function usePreview(draft: PostDraft): Preview | null {
  const [preview, setPreview] = useState<Preview | null>(null)
  const ticket = useRef(0)
  const { headcount, title, duties, other, benefits } = draft
  useEffect(() => {
    const mine = ++ticket.current
    const timer = setTimeout(() => {
      const n = wholeNumber(headcount)
      employerApi
        .preview({
          ...(n !== undefined && n >= 1 && n <= 999 ? { headcount: n } : {}),
          title: title.slice(0, 200),
          duties: duties.slice(0, 2000),
          other: other.slice(0, 1000),
          benefits: benefits.slice(0, 500),
        })
        .then(
          (p) => mine === ticket.current && setPreview(p),
          () => undefined,
        )
    }, 400)
    return () => clearTimeout(timer)
  }, [headcount, title, duties, other, benefits])
  return preview
}

function PostForm({ catalog, employer, job }: { catalog: Catalog; employer: EmployerView; job: JobView | null }) {
  const [draft, setDraft] = useState<PostDraft>(() => fromJob(job, employer))
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({})
  const [tried, setTried] = useState(false)
  const [blocked, setBlocked] = useState<ComplianceHit[] | null>(null)
  const [message, setMessage] = useState('')
  const [saving, setSaving] = useState<'draft' | 'submit' | null>(null)
  const preview = usePreview(draft)
  const errors = validatePost(draft, catalog)
  const canSubmit = employer.status === 'verified'
  const shown = (field: Field) => (tried || touched[field] ? errors[field] : undefined)

  const set = <F extends Field>(field: F) => (value: PostDraft[F]) => {
    setDraft((d) => ({ ...d, [field]: value, ...(field === 'city' && value !== d.city ? { district: '' } : {}) }))
    setTouched((t) => ({ ...t, [field]: true }))
    setBlocked(null)
    setMessage('')
  }

  const save = async (submit: boolean) => {
    setTried(true)
    if (Object.keys(errors).length > 0) {
      setMessage('还有信息未填写完整，请按红色提示修改')
      return
    }
    setSaving(submit ? 'submit' : 'draft')
    try {
      const content = { ...toContent(draft), submit }
      const result = job ? await employerApi.update(job.id, content) : await employerApi.create(content)
      await Taro.showToast({ title: submit ? '已提交审核' : '已保存草稿', icon: 'success' })
      setTimeout(() => void Taro.redirectTo({ url: `/packages/employer/postings/index?state=${result.job.state}` }), 600)
    } catch (error) {
      const hits = hitsOf(error)
      if (hits) {
        setBlocked(hits)
        setMessage('提交未通过内容检查，岗位未保存。请按下方说明修改后再提交：')
      } else {
        setMessage(error instanceof CallError ? error.message : '保存失败，请稍后重试')
      }
    } finally {
      setSaving(null)
    }
  }

  const counter = (field: 'title' | 'duties' | 'other' | 'benefits') => `${len(draft[field])}/${LIMITS[field]}`
  const liveHits = preview?.hits ?? []

  return (
    <View className='post-form'>
      {job && (
        <View className='post-form__status'>
          <Text className='post-form__status-label'>当前状态</Text>
          <ReviewBadge state={job.state} label={job.stateLabel} />
          {job.state === 'published' && <Text className='muted post-form__status-note'>修改后需重新审核，审核通过前不对外展示</Text>}
        </View>
      )}
      {job?.state === 'rejected' && job.reviewReason && <Text className='post-form__rejected'>{`未通过原因：${job.reviewReason}`}</Text>}
      <View className='card'>
        <Text className='muted post-form__employer'>{`招聘单位：${employer.name}`}</Text>
        <FormField label='岗位名称' name='title' required counter={counter('title')} error={shown('title')}>
          <Input className='form-input' value={draft.title} maxlength={LIMITS.title + 10} placeholder='如：数控车工、会计' onInput={(e) => set('title')(e.detail.value)} />
        </FormField>
        <FormField label='招聘人数' name='headcount' required error={shown('headcount')}>
          <View className='form-row'>
            <Input className='form-input' type='number' value={draft.headcount} maxlength={3} placeholder='1–999' onInput={(e) => set('headcount')(e.detail.value)} />
            <Text className='form-row__unit'>人</Text>
          </View>
        </FormField>
        <FormField label='岗位职责' name='duties' required counter={counter('duties')} error={shown('duties')} hint='写清工作内容，不写性别、民族、户籍、地域等限制'>
          <Textarea className='form-textarea' value={draft.duties} maxlength={LIMITS.duties + 50} placeholder='负责……' onInput={(e) => set('duties')(e.detail.value)} />
        </FormField>
      </View>

      <View className='card'>
        <Text className='card__title post-form__section'>任职要求</Text>
        <FormField label='学历' name='education' required error={shown('education')}>
          <ChoiceChips options={catalog.educations} value={draft.education || undefined} onChange={set('education')} />
        </FormField>
        <FormField label='工作经验' name='experienceYears' required error={shown('experienceYears')}>
          <ChoiceChips options={catalog.experienceYears} value={draft.experienceYears} onChange={set('experienceYears')} />
        </FormField>
        <FormField label='其他要求' name='other' counter={counter('other')} error={shown('other')} hint='技能、证书等（选填）'>
          <Textarea className='form-textarea form-textarea--short' value={draft.other} maxlength={LIMITS.other + 50} placeholder='如：持焊工证' onInput={(e) => set('other')(e.detail.value)} />
        </FormField>
      </View>

      <View className='card'>
        <Text className='card__title post-form__section'>工作地点与待遇</Text>
        <RegionFields regions={catalog.regions} cityLabel='工作城市' city={draft.city} district={draft.district} errors={{ city: shown('city'), district: shown('district') }} onCity={set('city')} onDistrict={set('district')} />
        <FormField label='详细地址' name='address' required error={shown('address')}>
          <Input className='form-input' value={draft.address} maxlength={LIMITS.address} placeholder='街道、门牌号' onInput={(e) => set('address')(e.detail.value)} />
        </FormField>
        <FormField label='基本月薪' name='pay' required error={shown('payMin')} hint='税前基本劳动报酬，单位：元/月'>
          <View className='form-row'>
            <Input className='form-input post-form__pay' type='number' value={draft.payMin} maxlength={7} placeholder='最低' onInput={(e) => set('payMin')(e.detail.value)} />
            <Text className='form-row__sep'>—</Text>
            <Input className='form-input post-form__pay' type='number' value={draft.payMax} maxlength={7} placeholder='最高' onInput={(e) => set('payMax')(e.detail.value)} />
            <Text className='form-row__unit'>元</Text>
          </View>
        </FormField>
        <FormField label='福利待遇' name='benefits' counter={counter('benefits')} error={shown('benefits')} hint='选填'>
          <Input className='form-input' value={draft.benefits} maxlength={LIMITS.benefits + 10} placeholder='如：五险一金、包吃住' onInput={(e) => set('benefits')(e.detail.value)} />
        </FormField>
        <FormField label='有效期' name='validDays' required error={shown('validDays')} hint={`审核通过后开始计算，最长${catalog.maxValidDays}天，到期自动下架`}>
          <View className='form-row'>
            <Input className='form-input post-form__days' type='number' value={draft.validDays} maxlength={2} onInput={(e) => set('validDays')(e.detail.value)} />
            <Text className='form-row__unit'>天</Text>
          </View>
          <ChoiceChips
            className='post-form__days-chips'
            options={VALIDITY_CHOICES.map((d) => ({ value: String(d), label: `${d}天` }))}
            value={draft.validDays}
            onChange={set('validDays')}
          />
        </FormField>
      </View>

      <HiringHint hint={preview?.measure21 ?? null} />

      {message && <Text className='post-form__message'>{message}</Text>}
      {blocked ? (
        <ComplianceHits hits={blocked} />
      ) : (
        liveHits.length > 0 && <ComplianceHits hits={liveHits} tone='warning' title={`以下${liveHits.length}处内容提交审核时会被拦截，建议现在修改`} />
      )}

      <View className='post-form__actions'>
        <Button className='post-form__draft' loading={saving === 'draft'} disabled={saving !== null} onClick={() => void save(false)}>
          保存草稿
        </Button>
        <Button className='btn-primary post-form__submit' loading={saving === 'submit'} disabled={saving !== null || !canSubmit} onClick={() => void save(true)}>
          提交审核
        </Button>
      </View>
      {!canSubmit && <Text className='muted post-form__note'>{`企业资料${employer.statusLabel}，认证通过后才能提交审核，现在可以先保存草稿`}</Text>}
    </View>
  )
}

export default function PostFormPage() {
  const { pageClass } = useCareMode()
  const { params } = useRouter()
  const id = params.id
  const remote = useRemote(async () => {
    const [catalog, me, mine] = await Promise.all([
      employerApi.catalog(),
      accountApi.me(),
      id ? employerApi.mine({ id }) : Promise.resolve(null),
    ])
    return { catalog, employer: me.employer, job: mine?.jobs[0] ?? null }
  }, `post-form:${id ?? 'new'}`)
  useEffect(() => {
    if (id) void Taro.setNavigationBarTitle({ title: '编辑岗位' })
  }, [id])
  return (
    <View className={pageClass}>
      <AsyncView remote={remote}>
        {({ catalog, employer, job }) =>
          employer ? (
            <PostForm catalog={catalog} employer={employer} job={job} />
          ) : (
            <View className='card'>
              <Text className='card__title'>请先注册企业</Text>
              <Text className='muted'>在「我的」中注册企业信息，认证通过后即可发布岗位。</Text>
            </View>
          )
        }
      </AsyncView>
    </View>
  )
}
