import { render } from '@testing-library/react'
import type { ComplianceHit } from '../../services/employer'
import { ComplianceHits } from '.'

const hit = (over: Partial<ComplianceHit>): ComplianceHit => ({
  field: 'title',
  fieldLabel: '岗位名称',
  word: '限男性',
  category: 'gender',
  categoryLabel: '性别歧视',
  kind: 'discrimination',
  reason: '《就业促进法》第二十七条……',
  construction: 'limit',
  constructionLabel: '限定条件（限/仅/只招……）',
  sentence: '仓库管理员（限男性）',
  span: [6, 9],
  source: 'word-list',
  ...over,
})

describe('ComplianceHits', () => {
  it('shows every word with its category, where it is, its sentence, how it restricts and the law it breaks', () => {
    const { getByText, container } = render(
      <ComplianceHits
        hits={[
          hit({}),
          hit({
            field: 'duties',
            fieldLabel: '岗位职责',
            word: '河南人勿扰',
            category: 'region',
            categoryLabel: '地域歧视',
            construction: 'exclude',
            constructionLabel: '排斥（……勿扰/不予考虑/除外）',
            sentence: '负责盘点，河南人勿扰。',
            reason: '《就业促进法》第二十六条……',
          }),
        ]}
      />,
    )
    expect(getByText('以下2处内容违反招聘相关法律法规，请修改后再提交')).toBeTruthy()
    expect(getByText('「限男性」')).toBeTruthy()
    expect(getByText('性别歧视')).toBeTruthy()
    expect(getByText('位于：岗位名称')).toBeTruthy()
    expect(getByText('问题所在：限定条件（限/仅/只招……）')).toBeTruthy()
    expect(getByText('问题所在：排斥（……勿扰/不予考虑/除外）')).toBeTruthy()
    expect(getByText('《就业促进法》第二十六条……')).toBeTruthy()
    const sentences = Array.from(container.querySelectorAll('.compliance__sentence'), (s) => s.textContent)
    expect(sentences).toEqual(['原句：仓库管理员（限男性）', '原句：负责盘点，河南人勿扰。'])
    expect(Array.from(container.querySelectorAll('.compliance__mark'), (m) => m.textContent)).toEqual(['限男性', '河南人勿扰'])
    expect(container.querySelectorAll('.compliance__hit')).toHaveLength(2)
  })

  it("shows WeChat's findings, which name no sentence, without one", () => {
    const { container, getByText } = render(
      <ComplianceHits hits={[hit({ word: '某违禁词', category: 'wechat', categoryLabel: '微信内容安全：违法犯罪', construction: 'wechat', constructionLabel: '微信内容安全识别', sentence: undefined, span: undefined, source: 'wechat' })]} />,
    )
    expect(getByText('「某违禁词」')).toBeTruthy()
    expect(getByText('问题所在：微信内容安全识别')).toBeTruthy()
    expect(container.querySelector('.compliance__sentence')).toBeNull()
  })

  it('renders nothing without hits, and a softer warning while typing', () => {
    expect(render(<ComplianceHits hits={[]} />).container.innerHTML).toBe('')
    const { container, getByText } = render(<ComplianceHits hits={[hit({})]} tone='warning' title='提交前请修改' />)
    expect(container.querySelector('.compliance--warning')).not.toBeNull()
    expect(getByText('提交前请修改')).toBeTruthy()
  })
})
