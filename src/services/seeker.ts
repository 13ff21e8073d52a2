import type { Input, Output } from '../../cloudfunctions/api'
import { EDUCATIONS, seekerEducationLabels } from '../../cloudfunctions/_shared/catalog/firms'
import { callFunction } from './cloud'

export type ProfileData = Output<'account', 'profile'>
/** The seeker's own profile, as account.profile shows it (phone masked). */
export type SeekerProfile = NonNullable<ProfileData['profile']>
export type ProfileInput = Input<'account', 'updateProfile'>

/** A seeker's own education (the catalogue's labels are a posting's requirements). */
export const SEEKER_EDUCATIONS = EDUCATIONS.map((value) => ({ value, label: seekerEducationLabels[value] }))

export const PROFILE_URL = '/packages/seeker/profile/index'
export const FAVOURITES_URL = '/packages/seeker/favourites/index'

/** account.profile / updateProfile / exportData / deleteAccount. */
export const seekerApi = {
  profile: () => callFunction('account', 'profile'),
  updateProfile: (input: ProfileInput) => callFunction('account', 'updateProfile', input),
  exportData: () => callFunction('account', 'exportData'),
  deleteAccount: () => callFunction('account', 'deleteAccount', { confirm: true }),
}
