import { fireEvent, render } from '@testing-library/react'
import { RegionFields, regionErrors, withField } from '.'

const regions = [
  { city: '太原市', districts: ['小店区', '迎泽区'] },
  { city: '大同市', districts: ['平城区'] },
]

describe('RegionFields', () => {
  it('asks for the city first, then offers only that city’s districts', () => {
    const onCity = jest.fn()
    const onDistrict = jest.fn()
    const { getByText, queryByText, rerender } = render(<RegionFields regions={regions} city='' district='' cityLabel='工作城市' onCity={onCity} onDistrict={onDistrict} />)
    expect(getByText('工作城市')).toBeTruthy()
    expect(queryByText('区县')).toBeNull()
    fireEvent.click(getByText('大同市'))
    expect(onCity).toHaveBeenCalledWith('大同市')

    rerender(<RegionFields regions={regions} city='太原市' district='' onCity={onCity} onDistrict={onDistrict} errors={{ district: '请选择区县' }} />)
    expect(queryByText('平城区')).toBeNull()
    expect(getByText('请选择区县')).toBeTruthy()
    fireEvent.click(getByText('迎泽区'))
    expect(onDistrict).toHaveBeenCalledWith('迎泽区')
  })

  it('says what is missing: the city, or a district of that city', () => {
    expect(regionErrors(regions, '', '', '请选择工作城市')).toEqual({ city: '请选择工作城市' })
    expect(regionErrors(regions, '太原市', '平城区', '请选择工作城市')).toEqual({ district: '请选择区县' })
    expect(regionErrors(regions, '太原市', '小店区', '请选择工作城市')).toEqual({})
  })

  it('clears the district when the city changes, and only then', () => {
    const draft = { title: '仓管', city: '太原市', district: '小店区' }
    expect(withField(draft, 'city', '大同市')).toEqual({ title: '仓管', city: '大同市', district: '' })
    expect(withField(draft, 'city', '太原市')).toEqual(draft)
    expect(withField(draft, 'title', '叉车工')).toEqual({ title: '叉车工', city: '太原市', district: '小店区' })
    expect(draft.district).toBe('小店区')
  })
})
