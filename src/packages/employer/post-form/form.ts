/** The posting form's draft, its checks and what its buttons decide; pure, for tests. */
import type { Input } from '../../../../cloudfunctions/api'
import { regionErrors } from '../../../components/RegionFields'
import { CallError } from '../../../services/cloud'
import { hitsOf, type Catalog, type ComplianceHit, type EmployerView, type JobContent, type JobInput, type JobState } from '../../../services/employer'
import { wholeNumber } from '../../../utils/jobs'

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

export type PostField = keyof PostDraft
export type PostErrors = Partial<Record<PostField, string>>

export const LIMITS = { title: 30, duties: 1000, other: 500, benefits: 200, address: 100 }
export const VALIDITY_CHOICES = [15, 30, 60, 90]

const len = (s: string) => s.trim().length

/** 「12/30」 beside a field with a length limit. */
export const counter = (draft: PostDraft, field: 'title' | 'duties' | 'other' | 'benefits') => `${len(draft[field])}/${LIMITS[field]}`

/** Every rule of jobs.create, checked as the firm types: a Chinese message per field. */
export function validatePost(d: PostDraft, catalog: Catalog): PostErrors {
  const e: PostErrors = {}
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

/** The posting being edited, or a new one at the firm's own address, valid for 30 days. */
export const draftOf = (job: JobContent | null, employer: Pick<EmployerView, 'city' | 'district' | 'address'>): PostDraft => ({
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

/** What the live check reads while the firm types: the texts within jobs.preview's bounds, the headcount once it is one. */
export function previewInput({ headcount, title, duties, other, benefits }: Pick<PostDraft, 'headcount' | 'title' | 'duties' | 'other' | 'benefits'>): Input<'jobs', 'preview'> {
  const n = wholeNumber(headcount)
  return {
    ...(n !== undefined && n >= 1 && n <= 999 ? { headcount: n } : {}),
    title: title.slice(0, 200),
    duties: duties.slice(0, 2000),
    other: other.slice(0, 1000),
    benefits: benefits.slice(0, 500),
  }
}

/** Only a verified firm submits for review; any firm may keep drafts, and is told why. */
export function submitGate(employer: Pick<EmployerView, 'status' | 'statusLabel'>): { canSubmit: boolean; note: string | null } {
  return employer.status === 'verified'
    ? { canSubmit: true, note: null }
    : { canSubmit: false, note: `企业资料${employer.statusLabel}，认证通过后才能提交审核，现在可以先保存草稿` }
}

/** After saving: the toast, and the list of postings in the state the posting is now in. */
export function saved(submit: boolean, state: JobState): { toast: string; url: string } {
  return { toast: submit ? '已提交审核' : '已保存草稿', url: `/packages/employer/postings/index?state=${state}` }
}

/** A refused save: the content check's hits to show, or the function's message. */
export function saveFailure(error: unknown): { blocked: ComplianceHit[] | null; message: string } {
  const hits = hitsOf(error)
  if (hits) return { blocked: hits, message: '提交未通过内容检查，岗位未保存。请按下方说明修改后再提交：' }
  return { blocked: null, message: error instanceof CallError ? error.message : '保存失败，请稍后重试' }
}

export const INCOMPLETE = '还有信息未填写完整，请按红色提示修改'
