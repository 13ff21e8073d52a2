import { EDUCATIONS, seekerEducationLabels, type Education } from '../../../../cloudfunctions/_shared/catalog/firms'
import type { PublicJob } from '../../../services/jobs'

/** What the seeker's profile states (the posting page's viewer.profile). */
export interface StatedProfile {
  education: Education
  experienceYears: number
}

const years = (n: number) => (n === 0 ? '无工作经验' : `${n}年`)

/**
 * A gentle note when a posting asks for more education or experience than the seeker's profile
 * states, saying both and that applying is still open; null when it asks no more (or there is no
 * profile to compare). Education compares by the catalogue's order, as the board's filter does.
 */
export function requirementNote(asks: Pick<PublicJob['requirements'], 'education' | 'educationLabel' | 'experienceYears'>, profile: StatedProfile | null): string | null {
  if (!profile) return null
  const gaps: string[] = []
  if (EDUCATIONS.findIndex((e) => e === asks.education) > EDUCATIONS.indexOf(profile.education)) {
    gaps.push(`学历${asks.educationLabel}（您的资料为${seekerEducationLabels[profile.education]}）`)
  }
  if (asks.experienceYears > profile.experienceYears) gaps.push(`${asks.experienceYears}年以上经验（您的资料为${years(profile.experienceYears)}）`)
  return gaps.length ? `岗位要求${gaps.join('，')}。仍可投递，企业会综合考虑。` : null
}
