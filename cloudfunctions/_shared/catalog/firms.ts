/**
 * The choices the firm and posting forms offer, with their Chinese labels: education levels,
 * experience, and the states of profiles and postings. `account.catalog` hands the lists to the
 * app; the app reads the states' words from here.
 */

export const EDUCATIONS = ['none', 'junior-high', 'secondary', 'associate', 'bachelor', 'master', 'doctorate'] as const
export type Education = (typeof EDUCATIONS)[number]
export const educationLabels: Readonly<Record<Education, string>> = {
  none: '学历不限',
  'junior-high': '初中及以上',
  secondary: '高中/中专/技校及以上',
  associate: '大专及以上',
  bachelor: '本科及以上',
  master: '硕士及以上',
  doctorate: '博士',
}

/** A seeker's own education, as the profile says it (the catalogue's labels are a posting's requirements). */
export const seekerEducationLabels: Readonly<Record<Education, string>> = {
  none: '初中以下',
  'junior-high': '初中',
  secondary: '高中/中专/技校',
  associate: '大专',
  bachelor: '本科',
  master: '硕士',
  doctorate: '博士',
}

/** Years of experience a posting may ask for (0 = 不限). */
export const EXPERIENCE_YEARS = [0, 1, 2, 3, 5, 10] as const
export const experienceLabel = (years: number) => (years === 0 ? '经验不限' : `${years}年以上经验`)

export const EMPLOYER_STATUSES = ['pending', 'verified', 'rejected'] as const
export type EmployerStatus = (typeof EMPLOYER_STATUSES)[number]
export const employerStatusLabels: Readonly<Record<EmployerStatus, string>> = {
  pending: '待审核',
  verified: '已认证',
  rejected: '未通过',
}

/** A posting's states as the firm and the bureau see them; `expired` is derived when read. */
export const JOB_STATES = ['draft', 'pending', 'published', 'rejected', 'closed', 'expired'] as const
export type JobState = (typeof JOB_STATES)[number]
export const jobStateLabels: Readonly<Record<JobState, string>> = {
  draft: '草稿',
  pending: '待审核',
  published: '招聘中',
  rejected: '未通过',
  closed: '已关闭',
  expired: '已过期',
}

/** The longest a posting may stay up (days from publication). */
export const MAX_VALID_DAYS = 90
