import { render } from '@testing-library/react'
import { Text } from '@tarojs/components'
import { CallError } from '../../services/cloud'
import type { Remote } from '../../hooks/useRemote'
import { AsyncView } from '.'

const failed = (code: string, message: string): Remote<string> => ({ data: undefined, error: new CallError(code, message), loading: false, reload: jest.fn() })

describe('a page whose data failed to load', () => {
  it.each([
    ['NOT_FOUND', '招聘会不存在或已删除'],
    ['INVALID_INPUT', '「编号」为必填项'],
    ['FORBIDDEN', '仅限人社部门管理员'],
  ])('says why, with no 重试 that cannot help (%s)', (code, message) => {
    const { container, queryByText } = render(<AsyncView remote={failed(code, message)}>{(d) => <Text>{d}</Text>}</AsyncView>)
    expect(container.textContent).toContain(message)
    expect(queryByText('重试')).toBeNull()
  })

  it.each(['NETWORK', 'INTERNAL', 'RATE_LIMITED'])('offers 重试 where another try may work (%s)', (code) => {
    const { getByText } = render(<AsyncView remote={failed(code, '网络不稳定')}>{(d) => <Text>{d}</Text>}</AsyncView>)
    expect(getByText('重试')).toBeTruthy()
  })
})
