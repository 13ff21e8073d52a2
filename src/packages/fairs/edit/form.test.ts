import { CallError } from '../../../services/cloud'
import { dateRanges, districtOptions, fieldErrors, hallMapCloudPath, newDraft, saveFailure, toContent, withPickedPlace, withStartDate } from './form'

describe('the fair editor’s draft', () => {
  const NOW = new Date('2026-11-28T04:00:00Z')

  it('starts a new fair a week ahead, on site in 太原', () => {
    expect(newDraft(NOW)).toMatchObject({ startDate: '2026-12-05', startTime: '09:00', endDate: '2026-12-05', endTime: '16:00', city: '太原市', mode: 'onsite' })
  })

  it('becomes what admin.saveFair takes', () => {
    const { content, errors } = toContent({ ...newDraft(NOW), name: ' 专场 ', latitude: '37.83', longitude: '112.56', boothCount: '40' })
    expect(errors).toEqual({})
    expect(content).toMatchObject({
      name: '专场',
      startAt: '2026-12-05T09:00:00+08:00',
      endAt: '2026-12-05T16:00:00+08:00',
      location: { latitude: 37.83, longitude: 112.56 },
      boothCount: 40,
    })
    expect(toContent({ ...newDraft(NOW), mode: 'online', latitude: '37.83', longitude: '112.56' }).content.location).toBeNull()
  })

  it('catches unreadable dates, booths and half coordinates before asking', () => {
    const { errors } = toContent({ ...newDraft(NOW), startDate: '12/5', boothCount: 'x', latitude: '37.8' })
    expect(Object.keys(errors).sort()).toEqual(['boothCount', 'latitude', 'startDate'])
  })

  it('puts the function’s messages on the fields', () => {
    const error = new CallError('INVALID_INPUT', '结束时间须晚于开始时间', {
      issues: [
        { field: 'endAt', message: '结束时间须晚于开始时间' },
        { field: 'location.latitude', message: '纬度须在34.4至40.8之间（山西省范围）' },
        { field: 'region.district', message: '县级招聘会须填写所在区县' },
      ],
    })
    expect(fieldErrors(error)).toEqual({
      endDate: '结束时间须晚于开始时间',
      latitude: '纬度须在34.4至40.8之间（山西省范围）',
      district: '县级招聘会须填写所在区县',
    })
    expect(fieldErrors(new CallError('INVALID_INPUT', '已有2家企业预订展位，展位数不能少于2个', { field: 'boothCount' }))).toEqual({
      boothCount: '已有2家企业预订展位，展位数不能少于2个',
    })
  })

  it('says above the button why the function refused, naming the first field', () => {
    const error = new CallError('INVALID_INPUT', '结束时间须晚于开始时间', { issues: [{ field: 'endAt', message: '结束时间须晚于开始时间' }] })
    expect(saveFailure(error)).toEqual({ errors: { endDate: '结束时间须晚于开始时间' }, message: '保存未成功：结束时间须晚于开始时间' })
    expect(saveFailure(new CallError('FORBIDDEN', '仅管理员可以操作'))).toEqual({ errors: {}, message: '保存未成功：仅管理员可以操作' })
    expect(saveFailure(new TypeError('Failed to fetch'))).toEqual({ errors: {}, message: '保存失败，请稍后再试' })
  })

  it('offers no district in particular, or one of the chosen city’s', () => {
    const regions = [{ city: '太原市', districts: ['小店区', '迎泽区'] }, { city: '大同市', districts: ['平城区'] }]
    expect(districtOptions(regions, '大同市')).toEqual([{ value: '', label: '不指定' }, { value: '平城区', label: '平城区' }])
    expect(districtOptions(regions, '')).toEqual([{ value: '', label: '不指定' }])
  })
})


describe('the fair editor’s pickers and picks', () => {
  const UPLOADED_AT = new Date('2026-11-28T04:00:00Z')

  it('offers a start from today to a year ahead, and an end within the longest fair from the start', () => {
    expect(dateRanges({ startDate: '2026-12-05' }, '2026-11-28')).toEqual({
      start: { start: '2026-11-28', end: '2027-11-29' },
      end: { start: '2026-12-05', end: '2027-03-06' },
    })
  })

  it('keeps the earlier start of a fair under way, so editing it does not move its start', () => {
    expect(dateRanges({ startDate: '2026-11-20' }, '2026-11-28', '2026-11-20').start.start).toBe('2026-11-20')
    expect(dateRanges({ startDate: '2026-12-20' }, '2026-11-28', '2026-12-20').start.start).toBe('2026-11-28')
  })

  it('moves the end day with a later start, and back within the longest fair', () => {
    expect(withStartDate({ startDate: '2026-12-05', endDate: '2026-12-05' }, '2026-12-09')).toEqual({ startDate: '2026-12-09', endDate: '2026-12-09' })
    expect(withStartDate({ startDate: '2026-12-05', endDate: '2026-12-07' }, '2026-12-06')).toEqual({ startDate: '2026-12-06', endDate: '2026-12-07' })
    expect(withStartDate({ startDate: '2026-12-05', endDate: '2027-04-01' }, '2026-12-05')).toEqual({ startDate: '2026-12-05', endDate: '2027-03-06' })
  })

  it('takes a map pick’s coordinates, and its name and address only where none is typed', () => {
    const place = { latitude: 37.870_123_456, longitude: 112.548_9, name: '太原市人力资源市场', address: '山西省太原市小店区' }
    expect(withPickedPlace({ venue: '', address: '' }, place)).toEqual({ latitude: '37.870123', longitude: '112.548900', venue: '太原市人力资源市场', address: '山西省太原市小店区' })
    expect(withPickedPlace({ venue: '人才大厦', address: '长风街1号' }, place)).toEqual({ latitude: '37.870123', longitude: '112.548900' })
  })

  it('stores an uploaded hall map by day under a random name, as the image type it is', () => {
    expect(hallMapCloudPath('wxfile://tmp_abc.PNG', UPLOADED_AT, 'k3x9')).toBe('fair-hall-maps/20261128/k3x9.png')
    expect(hallMapCloudPath('http://tmp/no-extension', UPLOADED_AT, 'k3x9')).toBe('fair-hall-maps/20261128/k3x9.jpg')
    expect(hallMapCloudPath('wxfile://tmp_abc.exe', UPLOADED_AT, 'k3x9')).toBe('fair-hall-maps/20261128/k3x9.jpg')
  })
})
