/** The firm forms' own checks as typed (the functions check again on submit). */
import { CallError } from '../../src/services/cloud'
import type { Catalog } from '../../src/services/employer'
import { toContent, validatePost, type PostDraft } from '../../src/packages/employer/post-form'
import { fieldErrors, validateDraft } from '../../src/packages/employer/register'

const catalog: Catalog = {
  industries: [{ value: 'software-it', label: '软件和信息技术服务业' }],
  ownerships: [{ value: 'private', label: '民营企业' }],
  educations: [{ value: 'none', label: '学历不限' }],
  experienceYears: [{ value: 0, label: '经验不限' }],
  regions: [{ city: '太原市', districts: ['小店区', '晋源区'] }, { city: '大同市', districts: ['平城区'] }],
  maxValidDays: 90,
}

const post: PostDraft = {
  title: '仓库管理员',
  headcount: '2',
  duties: '负责仓库货物的出入库登记与盘点',
  education: 'none',
  experienceYears: 0,
  other: '',
  city: '太原市',
  district: '小店区',
  address: '长治路1号',
  payMin: '4500',
  payMax: '6000',
  benefits: '',
  validDays: '30',
}

describe('the posting form', () => {
  it('accepts a complete posting and turns it into the function\'s input', () => {
    expect(validatePost(post, catalog)).toEqual({})
    expect(toContent(post)).toEqual({
      title: '仓库管理员',
      headcount: 2,
      duties: '负责仓库货物的出入库登记与盘点',
      requirements: { education: 'none', experienceYears: 0, other: '' },
      location: { city: '太原市', district: '小店区', address: '长治路1号' },
      pay: { min: 4500, max: 6000 },
      benefits: '',
      validDays: 30,
    })
  })

  it.each([
    [{ title: '仓' }, 'title', '岗位名称至少2个字'],
    [{ headcount: '0' }, 'headcount', '招聘人数须为1–999的整数'],
    [{ headcount: '2.5' }, 'headcount', '招聘人数须为1–999的整数'],
    [{ duties: '搬运' }, 'duties', '岗位职责至少10个字（已写2个）'],
    [{ education: '' }, 'education', '请选择学历要求'],
    [{ experienceYears: undefined }, 'experienceYears', '请选择经验要求'],
    [{ city: '大同市' }, 'district', '请选择区县'],
    [{ payMin: '7000' }, 'payMin', '月薪下限不能高于上限'],
    [{ payMax: '' }, 'payMin', '请填写月薪上限（元，整数）'],
    [{ validDays: '91' }, 'validDays', '有效期须为1–90天'],
  ] as const)('flags %j on %s', (change, field, message) => {
    expect(validatePost({ ...post, ...change }, catalog)[field]).toBe(message)
  })
})

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
    const invalid = new CallError('INVALID_INPUT', '「creditCode」统一社会信用代码校验位不正确', {
      issues: [{ field: 'creditCode', message: '统一社会信用代码校验位不正确' }, { field: 'revenue', message: '上年度营业收入须为数字' }],
    })
    expect(fieldErrors(invalid)).toEqual({ creditCode: '统一社会信用代码校验位不正确', revenueWan: '上年度营业收入须为数字' })
    const taken = new CallError('CONFLICT', '该统一社会信用代码已由其他账号注册', { field: 'creditCode' })
    expect(fieldErrors(taken)).toEqual({ creditCode: '该统一社会信用代码已由其他账号注册' })
  })
})
