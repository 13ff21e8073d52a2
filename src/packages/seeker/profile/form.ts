import type { ProfileInput, SeekerProfile } from '../../../services/seeker'
import { wholeNumber } from '../../../utils/jobs'

/** The profile form as typed. */
export interface ProfileDraft {
  name: string
  /** Empty keeps the stored number when there is one. */
  phone: string
  education: string
  experienceYears: string
  intro: string
}

export const MOBILE = /^1[3-9]\d{9}$/
export const INTRO_MAX = 300

export const draftOf = (p: SeekerProfile | null): ProfileDraft => ({
  name: p?.name ?? '',
  phone: '',
  education: p?.education ?? '',
  experienceYears: p ? String(p.experienceYears) : '',
  intro: p?.intro ?? '',
})

/** The form's own checks (the function checks again): a Chinese message per field. `hasPhone`: one is stored. */
export function validateProfile(d: ProfileDraft, hasPhone: boolean): Partial<Record<keyof ProfileDraft, string>> {
  const e: Partial<Record<keyof ProfileDraft, string>> = {}
  const name = d.name.trim()
  if (name.length < 2) e.name = '请填写真实姓名（至少2个字）'
  else if (name.length > 20) e.name = '姓名最多20个字'
  const phone = d.phone.trim()
  if (phone ? !MOBILE.test(phone) : !hasPhone) e.phone = '请填写11位手机号，企业将通过它联系您'
  if (!d.education) e.education = '请选择最高学历'
  const years = wholeNumber(d.experienceYears)
  if (years === undefined || years > 50) e.experienceYears = '请填写工作年限（0–50的整数，没有填0）'
  if (d.intro.trim().length > INTRO_MAX) e.intro = `自我介绍最多${INTRO_MAX}个字`
  return e
}

/** What updateProfile receives: the phone only when a new one was typed; the education is one of the form's options. */
export const toInput = (d: ProfileDraft): ProfileInput => ({
  name: d.name.trim(),
  ...(d.phone.trim() ? { phone: d.phone.trim() } : {}),
  education: d.education as ProfileInput['education'],
  experienceYears: wholeNumber(d.experienceYears) as number,
  intro: d.intro.trim(),
})
