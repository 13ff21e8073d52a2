import { buildIcs, escapeText, foldLine, utcDateTime, type CalendarEvent } from './ics'

const event: CalendarEvent = {
  uid: 'interview-a1@jinqitong',
  // 14:30 in Shanghai (UTC+8).
  start: '2026-12-05T06:30:00.000Z',
  end: '2026-12-05T07:30:00.000Z',
  stamp: '2026-12-04T05:00:00.000Z',
  title: '面试：前端开发工程师（太原晋阳科技有限公司）',
  location: '太原市小店区长治路111号3层, 前台',
  description: '联系人：王工 0351-1234567\n请携带简历; 身份证',
  url: 'https://uri.amap.com/search?keyword=%E9%95%BF%E6%B2%BB%E8%B7%AF&callnative=1',
  remindMinutesBefore: 60,
}

/** Unfolds (§3.1) and reads each property's value as written. */
const properties = (ics: string) =>
  ics
    .replace(/\r\n /g, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)] as const)

const utf8Octets = (s: string) => encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, '.').length

describe('the .ics of an interview', () => {
  const ics = buildIcs(event)

  it('ends every line with CRLF and has no bare line feed or carriage return', () => {
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('is one VEVENT in a VCALENDAR 2.0 with the times in UTC', () => {
    const props = properties(ics)
    expect(props.map(([name]) => name)).toEqual([
      'BEGIN', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'BEGIN', 'UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'LOCATION', 'DESCRIPTION', 'URL',
      'BEGIN', 'ACTION', 'DESCRIPTION', 'TRIGGER', 'END', 'END', 'END',
    ])
    const value = (name: string) => props.find(([n]) => n === name)?.[1]
    expect(value('VERSION')).toBe('2.0')
    expect(value('DTSTART')).toBe('20261205T063000Z')
    expect(value('DTEND')).toBe('20261205T073000Z')
    expect(value('DTSTAMP')).toBe('20261204T050000Z')
    expect(value('TRIGGER')).toBe('-PT60M')
  })

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    // The event's own (the reminder has one too, after it).
    const props = new Map([...properties(ics)].reverse())
    expect(props.get('LOCATION')).toBe('太原市小店区长治路111号3层\\, 前台')
    expect(props.get('DESCRIPTION')).toBe('联系人：王工 0351-1234567\\n请携带简历\\; 身份证')
    expect(escapeText('a\\b;c,d\r\ne')).toBe('a\\\\b\\;c\\,d\\ne')
  })

  it('folds long lines at 75 octets without splitting a character, and unfolds to the original', () => {
    const long = `DESCRIPTION:${'面试地点在太原市小店区'.repeat(8)} 𠀀𠀀 emoji 😀`
    const folded = foldLine(long)
    const lines = folded.split('\r\n')
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) expect(utf8Octets(line)).toBeLessThanOrEqual(75)
    for (const line of lines.slice(1)) expect(line.startsWith(' ')).toBe(true)
    expect(folded.replace(/\r\n /g, '')).toBe(long)
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short')
  })

  it('leaves out the URL and the reminder when there are none', () => {
    const plain = buildIcs({ ...event, url: undefined, remindMinutesBefore: undefined })
    expect(plain).not.toContain('URL:')
    expect(plain).not.toContain('VALARM')
    expect(utcDateTime('2026-01-02T03:04:05.678Z')).toBe('20260102T030405Z')
  })
})
