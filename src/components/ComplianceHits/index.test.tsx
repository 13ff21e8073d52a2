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
  source: 'word-list',
  ...over,
})

describe('ComplianceHits', () => {
  it('shows every word with its category, where it is and the law it breaks', () => {
    const { getByText, container } = render(
      <ComplianceHits hits={[hit({}), hit({ field: 'duties', fieldLabel: '岗位职责', word: '仅限本地户口', category: 'hukou', categoryLabel: '户籍限制', reason: '《就业促进法》第三十一条……' })]} />,
    )
    expect(getByText('以下2处内容违反招聘相关法律法规，请修改后再提交')).toBeTruthy()
    expect(getByText('「限男性」')).toBeTruthy()
    expect(getByText('性别歧视')).toBeTruthy()
    expect(getByText('位于：岗位名称')).toBeTruthy()
    expect(getByText('「仅限本地户口」')).toBeTruthy()
    expect(getByText('《就业促进法》第三十一条……')).toBeTruthy()
    expect(container.querySelectorAll('.compliance__hit')).toHaveLength(2)
  })

  it('renders nothing without hits, and a softer warning while typing', () => {
    expect(render(<ComplianceHits hits={[]} />).container.innerHTML).toBe('')
    const { container, getByText } = render(<ComplianceHits hits={[hit({})]} tone='warning' title='提交前请修改' />)
    expect(container.querySelector('.compliance--warning')).not.toBeNull()
    expect(getByText('提交前请修改')).toBeTruthy()
  })
})
