/** The posting form's own checks as typed (the function checks again on submit), and what its buttons decide. */
import { CallError } from '../../../services/cloud'
import type { JobContent } from '../../../services/employer'
import { catalog } from '../test-catalog'
import { counter, draftOf, previewInput, saved, saveFailure, submitGate, toContent, validatePost, type PostDraft } from './form'

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

const content: JobContent = {
  title: '仓库管理员',
  headcount: 2,
  duties: '负责仓库货物的出入库登记与盘点',
  requirements: { education: 'none', experienceYears: 0, other: '' },
  location: { city: '太原市', district: '小店区', address: '长治路1号' },
  pay: { min: 4500, max: 6000 },
  benefits: '',
  validDays: 30,
}

describe('the posting form', () => {
  it('accepts a complete posting and turns it into the function\'s input', () => {
    expect(validatePost(post, catalog)).toEqual({})
    expect(toContent(post)).toEqual(content)
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

  it('opens an existing posting as it stands, and a new one at the firm\'s address for 30 days', () => {
    const firm = { city: '大同市', district: '平城区', address: '永泰街1号' }
    expect(draftOf(content, firm)).toEqual(post)
    expect(draftOf(null, firm)).toMatchObject({ title: '', headcount: '', education: '', experienceYears: undefined, city: '大同市', district: '平城区', address: '永泰街1号', validDays: '30' })
  })

  it('sends the live check the texts within its bounds, and the headcount only once it is one', () => {
    const long = '岗'.repeat(2100)
    expect(previewInput({ ...post, duties: long })).toEqual({ headcount: 2, title: '仓库管理员', duties: long.slice(0, 2000), other: '', benefits: '' })
    expect(previewInput({ ...post, headcount: '0' })).not.toHaveProperty('headcount')
    expect(previewInput({ ...post, headcount: '1000' })).not.toHaveProperty('headcount')
    expect(previewInput({ ...post, headcount: '' })).not.toHaveProperty('headcount')
  })

  it('lets only a verified firm submit for review, and tells the others why', () => {
    expect(submitGate({ status: 'verified', statusLabel: '已认证' })).toEqual({ canSubmit: true, note: null })
    expect(submitGate({ status: 'pending', statusLabel: '待审核' })).toEqual({ canSubmit: false, note: '企业资料待审核，认证通过后才能提交审核，现在可以先保存草稿' })
  })

  it('after saving, says what happened and opens the list of postings in the new state', () => {
    expect(saved(true, 'pending')).toEqual({ toast: '已提交审核', url: '/packages/employer/postings/index?state=pending' })
    expect(saved(false, 'draft')).toEqual({ toast: '已保存草稿', url: '/packages/employer/postings/index?state=draft' })
  })

  it('shows the hits that stopped a submission, or else the function\'s message', () => {
    const hits = [{ category: 'gender', rule: '性别限制', sentence: '限男性', words: ['限男性'] }]
    const stopped = new CallError('INVALID_INPUT', '岗位内容未通过检查', { hits })
    expect(saveFailure(stopped)).toEqual({ blocked: hits, message: '提交未通过内容检查，岗位未保存。请按下方说明修改后再提交：' })
    expect(saveFailure(new CallError('RATE_LIMITED', '操作太频繁，请1分钟后再试'))).toEqual({ blocked: null, message: '操作太频繁，请1分钟后再试' })
    expect(saveFailure(new TypeError('Failed to fetch'))).toEqual({ blocked: null, message: '保存失败，请稍后重试' })
  })

  it('counts what was written of a field with a limit', () => {
    expect(counter({ ...post, title: ' 仓库管理员 ' }, 'title')).toBe('5/30')
  })
})

