import { fireEvent, render } from '@testing-library/react'
import { navigations, resetTaro } from '../../../test/ui/taro'
import { PRIVACY_URL } from '../../services/privacy'
import { PRIVACY_AGREE_BUTTON_ID, PrivacyDialog, PRIVACY_SUMMARY } from '.'

beforeEach(resetTaro)

describe('PrivacyDialog', () => {
  it('says what is about to happen, what we collect and why, with the guide a tap away', () => {
    const { container, getByText } = render(<PrivacyDialog purpose='填写求职资料' onAgree={jest.fn()} onDecline={jest.fn()} />)
    const text = container.textContent ?? ''
    expect(text).toContain('隐私保护指引')
    expect(text).toContain('在您填写求职资料之前，请仔细阅读《晋企通隐私保护指引》')
    for (const word of ['姓名', '手机号', '学历', '工作年限', '自我介绍', 'openid', '导出或删除']) expect(text).toContain(word)
    expect(container.querySelectorAll('.privacy-dialog__item')).toHaveLength(PRIVACY_SUMMARY.length)
    fireEvent.click(getByText('《晋企通隐私保护指引》'))
    expect(navigations).toEqual([PRIVACY_URL])
  })

  it('answers with the buttons: 同意并继续 agrees, 不同意 declines', () => {
    const onAgree = jest.fn()
    const onDecline = jest.fn()
    const { getByText, container } = render(<PrivacyDialog purpose='投递简历' onAgree={onAgree} onDecline={onDecline} />)
    expect(container.querySelector(`#${PRIVACY_AGREE_BUTTON_ID}`)?.textContent).toBe('同意并继续')
    fireEvent.click(getByText('不同意'))
    expect(onDecline).toHaveBeenCalledTimes(1)
    expect(onAgree).not.toHaveBeenCalled()
    fireEvent.click(getByText('同意并继续'))
    expect(onAgree).toHaveBeenCalledTimes(1)
  })
})
