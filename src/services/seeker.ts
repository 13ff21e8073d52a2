import { callFunction } from './cloud'
import type { Option } from './employer'

/** The seeker's own profile, as account.profile shows it (phone masked). */
export interface SeekerProfile {
  name: string
  phone: string
  education: string
  educationLabel: string
  experienceYears: number
  experienceLabel: string
  intro: string
  createdAt: string
  updatedAt: string
}

export interface ProfileInput {
  name: string
  /** Left out to keep the stored number. */
  phone?: string
  education: string
  experienceYears: number
  intro: string
}

export interface ProfileData {
  profile: SeekerProfile | null
  counts: { applications: number; favourites: number }
}

/** A seeker's own education (the catalogue's labels are a posting's requirements). */
export const SEEKER_EDUCATIONS: readonly Option[] = [
  { value: 'none', label: '初中以下' },
  { value: 'junior-high', label: '初中' },
  { value: 'secondary', label: '高中/中专/技校' },
  { value: 'associate', label: '大专' },
  { value: 'bachelor', label: '本科' },
  { value: 'master', label: '硕士' },
  { value: 'doctorate', label: '博士' },
]

export const PROFILE_URL = '/packages/seeker/profile/index'
export const FAVOURITES_URL = '/packages/seeker/favourites/index'

/** account.profile / updateProfile / exportData / deleteAccount, typed. */
export const seekerApi = {
  profile: () => callFunction<ProfileData>('account', 'profile'),
  updateProfile: (input: ProfileInput) => callFunction<{ profile: SeekerProfile }>('account', 'updateProfile', { ...input }),
  exportData: () => callFunction<Record<string, unknown>>('account', 'exportData'),
  deleteAccount: () =>
    callFunction<{ deleted: { profile: number; applications: number; favourites: number }; anonymised: { reports: number } }>('account', 'deleteAccount', { confirm: true }),
}
