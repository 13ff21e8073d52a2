import { GUIDES, NOTICE_OFFICE, OFFICIAL_CHANNEL, serviceGuide } from './guide'
import { measureText, notice } from './notice'

describe('service guides quote the notice', () => {
  it.each(Object.entries(GUIDES))('第%s条: every condition, office and time limit is in its text', (id, guide) => {
    const text = measureText(Number(id))?.text ?? ''
    for (const quote of [...(guide.conditions ?? []), guide.office, guide.timeLimit].filter((q): q is string => q !== undefined)) {
      expect(text).toContain(quote)
    }
  })

  it('falls back to the office and channel the closing names, with the 12333 hotline', () => {
    expect(notice.closing).toContain(NOTICE_OFFICE)
    expect(notice.closing).toContain(OFFICIAL_CHANNEL)
    expect(serviceGuide(1)).toEqual({ conditions: [], office: { name: NOTICE_OFFICE, named: false }, timeLimit: null, hotline: '12333', channels: [OFFICIAL_CHANNEL] })
    expect(serviceGuide(26).office).toEqual({ name: '县级以上(含县级)公共就业和人才服务机构', named: true })
  })
})
