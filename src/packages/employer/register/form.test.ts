/** The registration form's own checks as typed (the function checks again), what it sends, and who sees it. */
import { CallError } from '../../../services/cloud'
import { catalog } from '../test-catalog'
import { draftOf, fieldErrors, registerGate, submitFailure, toProfile, validateDraft } from './form'

describe('the registration form', () => {
  const firm = {
    name: '太原晋阳仓储物流有限公司',
    creditCode: '91140100MA0L2Q8N31',
    industry: 'software-it',
    employees: '26',
    revenueWan: '800',
    totalAssetsWan: '1500',
    city: '太原市',
    district: '晋源区',
    address: '晋祠路二段88号',
    contactName: '韩梅',
    contactPhone: '0351-6012345',
  }

  it('accepts a complete profile', () => {
    expect(validateDraft(firm, catalog)).toEqual({})
  })

  it('checks the credit code\'s shape as typed (the check character is the function\'s)', () => {
    expect(validateDraft({ ...firm, creditCode: '9114' }, catalog).creditCode).toBe('统一社会信用代码应为18位，已填4位')
    expect(validateDraft({ ...firm, creditCode: '91140100MA0L2Q8NI1' }, catalog).creditCode).toContain('不含I、O、Z、S、V')
    expect(validateDraft({ ...firm, contactPhone: '12345' }, catalog).contactPhone).toBe('请填写11位手机号或带区号的固定电话')
  })

  it('puts the function\'s messages under the fields they concern', () => {
    const invalid = new CallError('INVALID_INPUT', '统一社会信用代码校验位不正确', {
      issues: [{ field: 'creditCode', message: '统一社会信用代码校验位不正确' }, { field: 'revenue', message: '上年度营业收入须为数字' }],
    })
    expect(fieldErrors(invalid)).toEqual({ creditCode: '统一社会信用代码校验位不正确', revenueWan: '上年度营业收入须为数字' })
    const taken = new CallError('CONFLICT', '该统一社会信用代码已由其他账号注册', { field: 'creditCode' })
    expect(fieldErrors(taken)).toEqual({ creditCode: '该统一社会信用代码已由其他账号注册' })
  })

  it('opens a profile to correct with its amounts back in 万元, or an empty form', () => {
    const view = { ...toProfile(firm), revenue: 8_000_000, totalAssets: 15_000_000 }
    expect(draftOf(view)).toEqual(firm)
    expect(draftOf({ ...view, revenue: null, totalAssets: null })).toMatchObject({ revenueWan: '', totalAssetsWan: '' })
    expect(Object.values(draftOf(null)).every((v) => v === '')).toBe(true)
  })

  it('sends a private firm with its amounts in yuan and its texts trimmed', () => {
    expect(toProfile({ ...firm, name: ` ${firm.name} `, revenueWan: '0.5' })).toEqual({
      name: '太原晋阳仓储物流有限公司',
      creditCode: '91140100MA0L2Q8N31',
      ownership: 'private',
      industry: 'software-it',
      employees: 26,
      revenue: 5_000,
      totalAssets: 15_000_000,
      city: '太原市',
      district: '晋源区',
      address: '晋祠路二段88号',
      contactName: '韩梅',
      contactPhone: '0351-6012345',
    })
  })

  it('says under the form why the function refused, naming the first field', () => {
    const invalid = new CallError('INVALID_INPUT', '统一社会信用代码校验位不正确', { issues: [{ field: 'creditCode', message: '统一社会信用代码校验位不正确' }] })
    expect(submitFailure(invalid)).toEqual({ fields: { creditCode: '统一社会信用代码校验位不正确' }, message: '提交未通过：统一社会信用代码校验位不正确' })
    expect(submitFailure(new CallError('RATE_LIMITED', '操作太频繁，请1分钟后再试'))).toEqual({ fields: {}, message: '操作太频繁，请1分钟后再试' })
    expect(submitFailure(new TypeError('Failed to fetch'))).toEqual({ fields: {}, message: '提交失败，请稍后重试' })
  })

  it('shows the form to a seeker or an unverified firm only', () => {
    const verified = { status: 'verified' as const }
    expect(registerGate({ role: 'anonymous', employer: null })).toBe('sign-in')
    expect(registerGate({ role: 'admin', employer: null })).toBe('admin')
    expect(registerGate({ role: 'seeker', employer: null })).toBe('form')
    expect(registerGate({ role: 'employer', employer: { status: 'rejected' } })).toBe('form')
    expect(registerGate({ role: 'employer', employer: verified })).toBe('verified')
  })
})

