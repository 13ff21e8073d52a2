/**
 * The choices of a job fair, with their Chinese labels: the campaigns measure 25 names (and the
 * year-round online recruitment it asks for), the three levels of government, online or on site.
 */

/** 第25条: “春风行动、民营企业招聘月、金秋招聘月”, and “常态化开展线上招聘活动”. */
export const CAMPAIGNS = ['spring-breeze', 'private-enterprise-month', 'golden-autumn', 'regular'] as const
export type Campaign = (typeof CAMPAIGNS)[number]
export const campaignLabels: Readonly<Record<Campaign, string>> = {
  'spring-breeze': '春风行动',
  'private-enterprise-month': '民营企业招聘月',
  'golden-autumn': '金秋招聘月',
  regular: '常态化招聘',
}

/** The months (1–12) each campaign usually runs in; `regular` runs all year. */
export const campaignMonths: Readonly<Record<Campaign, readonly number[]>> = {
  'spring-breeze': [2, 3],
  'private-enterprise-month': [5, 6],
  'golden-autumn': [9, 10],
  regular: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
}

/** 省市县三级联动. */
export const LEVELS = ['province', 'city', 'county'] as const
export type FairLevel = (typeof LEVELS)[number]
export const levelLabels: Readonly<Record<FairLevel, string>> = { province: '省级', city: '市级', county: '县级' }

export const MODES = ['online', 'onsite'] as const
export type FairMode = (typeof MODES)[number]
export const modeLabels: Readonly<Record<FairMode, string>> = { online: '线上', onsite: '现场' }

/** The most postings a firm brings to one fair. */
export const MAX_JOBS_PER_BOOTH = 20
/** The most booths one fair may offer. */
export const MAX_BOOTHS = 2000
/** The longest a fair may run, in days (a season's online fair). */
export const MAX_FAIR_DAYS = 92

/** Shanxi's extent, with a little margin: on-site venues must lie inside it. */
export const SHANXI_BOUNDS = { latitude: { min: 34.4, max: 40.8 }, longitude: { min: 110.1, max: 114.6 } } as const
