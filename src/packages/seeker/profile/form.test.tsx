import { draftOf, toInput, validateProfile, type ProfileDraft } from './form'

const draft: ProfileDraft = { name: '王小明', phone: '13812341234', education: 'associate', experienceYears: '2', intro: '能吃苦' }

describe('the seeker profile form', () => {
  it('accepts a complete profile and turns it into updateProfile\'s input', () => {
    expect(validateProfile(draft, false)).toEqual({})
    expect(toInput({ ...draft, name: ' 王小明 ' })).toEqual({ name: '王小明', phone: '13812341234', education: 'associate', experienceYears: 2, intro: '能吃苦' })
  })

  it('needs a phone only for a new profile; an empty one keeps the stored number', () => {
    expect(validateProfile({ ...draft, phone: '' }, false).phone).toContain('11位手机号')
    expect(validateProfile({ ...draft, phone: '' }, true)).toEqual({})
    expect(toInput({ ...draft, phone: '' })).not.toHaveProperty('phone')
  })

  it.each([
    [{ name: '王' }, 'name'],
    [{ phone: '0351-6012345' }, 'phone'],
    [{ phone: '1381234123' }, 'phone'],
    [{ education: '' }, 'education'],
    [{ experienceYears: '' }, 'experienceYears'],
    [{ experienceYears: '2.5' }, 'experienceYears'],
    [{ experienceYears: '51' }, 'experienceYears'],
    [{ intro: '好'.repeat(301) }, 'intro'],
  ])('flags %p', (over, field) => {
    expect(Object.keys(validateProfile({ ...draft, ...over }, true))).toEqual([field])
  })

  it('starts from the stored profile, with the phone left empty', () => {
    expect(draftOf(null)).toEqual({ name: '', phone: '', education: '', experienceYears: '', intro: '' })
    const d = draftOf({ name: '李华', phone: '139****1111', education: 'bachelor', educationLabel: '本科', experienceYears: 0, experienceLabel: '无工作经验', intro: '', createdAt: '', updatedAt: '' })
    expect(d).toMatchObject({ name: '李华', phone: '', education: 'bachelor', experienceYears: '0' })
  })
})
