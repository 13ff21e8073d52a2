import { requirementNote } from './requirement-note'

const asks = (education: string, educationLabel: string, experienceYears: number) => ({ education, educationLabel, experienceYears })

describe('the posting page: a note when the posting asks for more than the profile states', () => {
  it('says nothing when the profile meets the posting, or there is no profile', () => {
    expect(requirementNote(asks('associate', '大专及以上', 2), { education: 'associate', experienceYears: 2 })).toBeNull()
    expect(requirementNote(asks('none', '学历不限', 0), { education: 'none', experienceYears: 0 })).toBeNull()
    expect(requirementNote(asks('secondary', '高中/中专/技校及以上', 1), { education: 'master', experienceYears: 10 })).toBeNull()
    expect(requirementNote(asks('doctorate', '博士', 10), null)).toBeNull()
  })

  it('names more education asked for, with what the profile states', () => {
    expect(requirementNote(asks('bachelor', '本科及以上', 0), { education: 'associate', experienceYears: 3 })).toBe('岗位要求学历本科及以上（您的资料为大专）。仍可投递，企业会综合考虑。')
  })

  it('names more experience asked for, one year short included', () => {
    expect(requirementNote(asks('none', '学历不限', 3), { education: 'bachelor', experienceYears: 2 })).toBe('岗位要求3年以上经验（您的资料为2年）。仍可投递，企业会综合考虑。')
    expect(requirementNote(asks('none', '学历不限', 1), { education: 'bachelor', experienceYears: 0 })).toBe('岗位要求1年以上经验（您的资料为无工作经验）。仍可投递，企业会综合考虑。')
  })

  it('names both when both fall short', () => {
    expect(requirementNote(asks('master', '硕士及以上', 5), { education: 'none', experienceYears: 1 })).toBe(
      '岗位要求学历硕士及以上（您的资料为初中以下），5年以上经验（您的资料为1年）。仍可投递，企业会综合考虑。',
    )
  })
})
