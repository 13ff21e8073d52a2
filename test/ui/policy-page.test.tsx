import { render, waitFor } from '@testing-library/react'
import { policyFunction } from './policy-function'

jest.mock('../../src/services/cloud', () => ({ ...jest.requireActual('../../src/services/cloud'), callFunction: jest.fn() }))
import { callFunction } from '../../src/services/cloud'
import PolicyPage from '../../src/pages/policy'

beforeEach(() => {
  ;(callFunction as jest.Mock).mockImplementation(policyFunction())
})

test('probe', async () => {
  const { container, getByText } = render(<PolicyPage />)
  await waitFor(() => getByText('共 26 条'))
  expect(container.querySelectorAll('.measure-card')).toHaveLength(26)
})
