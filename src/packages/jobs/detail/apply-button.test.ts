import type { JobDetail } from '../../../services/jobs'
import { applyButton, type ApplyButtonInput } from './apply-button'

type Viewer = NonNullable<JobDetail['viewer']>
const seeker: Viewer = { role: 'seeker', own: false, hasProfile: true, profile: { education: 'associate', experienceYears: 1 }, application: null, favourite: false, reported: false }
const decide = (over: Partial<ApplyButtonInput>) => applyButton({ viewer: seeker, live: true, canSignIn: true, openInWechat: '请在微信中打开', ...over })

describe('the posting page: its main button', () => {
  it('offers a seeker with a profile to apply, and one without to fill it in first', () => {
    expect(decide({})).toEqual({ kind: 'apply', label: '投递简历' })
    expect(decide({ viewer: { ...seeker, hasProfile: false } })).toEqual({ kind: 'apply', label: '填写资料并投递' })
  })

  it('shows an application in progress, also on a posting closed since', () => {
    const application = { id: 'a1', status: 'interview' as const, statusLabel: '邀请面试' }
    expect(decide({ viewer: { ...seeker, application }, live: false })).toEqual({ kind: 'progress', label: '已投递 · 邀请面试' })
    expect(decide({ viewer: { ...seeker, application: { ...application, status: 'submitted', statusLabel: '已投递' } } })).toEqual({ kind: 'progress', label: '已投递 · 查看进度' })
  })

  it('lets a seeker apply again after withdrawing, while the posting recruits', () => {
    const withdrawn = { id: 'a1', status: 'withdrawn' as const, statusLabel: '已撤回' }
    expect(decide({ viewer: { ...seeker, application: withdrawn } })).toEqual({ kind: 'apply', label: '重新投递' })
    expect(decide({ viewer: { ...seeker, application: withdrawn }, live: false }).kind).toBe('closed')
  })

  it('sends the firm that posted it to its applicants, even once closed', () => {
    expect(decide({ viewer: { ...seeker, role: 'employer', own: true }, live: false })).toEqual({ kind: 'pipeline', label: '查看投递' })
  })

  it('refuses other firms and the bureau, saying which', () => {
    expect(decide({ viewer: { ...seeker, role: 'employer' } })).toEqual({ kind: 'not-a-seeker', label: '企业账号不能投递' })
    expect(decide({ viewer: { ...seeker, role: 'admin' } })).toEqual({ kind: 'not-a-seeker', label: '管理员账号不能投递' })
  })

  it('asks an anonymous reader to sign in, or, where nobody can, to open WeChat', () => {
    expect(decide({ viewer: null })).toEqual({ kind: 'sign-in', label: '登录后投递' })
    expect(decide({ viewer: null, canSignIn: false })).toEqual({ kind: 'open-in-wechat', label: '请在微信中打开' })
    expect(decide({ viewer: null, live: false }).kind).toBe('closed')
  })
})
