/**
 * An iCalendar file (RFC 5545) of one event, for a calendar app to import: times in UTC (`Z`, so
 * no time-zone definition is needed), text escaped (§3.3.11), lines ended by CRLF and folded at 75
 * octets of UTF-8 without splitting a character (§3.1), a reminder before the start.
 */

export interface CalendarEvent {
  /** Unique and stable for the event: importing it again updates rather than duplicates it. */
  uid: string
  /** ISO instants. */
  start: string
  end: string
  /** When the file was made (DTSTAMP), ISO. */
  stamp: string
  title: string
  location: string
  description: string
  url?: string
  /** Minutes before the start that the calendar reminds (none when absent). */
  remindMinutesBefore?: number
}

const CRLF = '\r\n'
const MAX_OCTETS = 75

/** TEXT as §3.3.11 writes it: backslash, semicolon and comma escaped, line breaks as \n. */
export const escapeText = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n')

/** A UTC DATE-TIME, e.g. 20261205T063000Z. */
export const utcDateTime = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '')

/** How many octets a character takes in UTF-8 (no TextEncoder: not every mini-program runtime has it). */
const octets = (ch: string) => {
  const cp = ch.codePointAt(0) ?? 0
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
}

/** Folds a content line into lines of at most 75 octets, each continuation starting with a space. */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let size = 0
  for (const ch of line) {
    const n = octets(ch)
    // A continuation line's leading space counts towards its 75.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1
    if (size + n > limit) {
      parts.push(current)
      current = ''
      size = 0
    }
    current += ch
    size += n
  }
  parts.push(current)
  return parts.join(`${CRLF} `)
}

export function buildIcs(event: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//jinqitong//calendar//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcDateTime(event.stamp)}`,
    `DTSTART:${utcDateTime(event.start)}`,
    `DTEND:${utcDateTime(event.end)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `LOCATION:${escapeText(event.location)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    ...(event.remindMinutesBefore !== undefined
      ? ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.title)}`, `TRIGGER:-PT${event.remindMinutesBefore}M`, 'END:VALARM']
      : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join(CRLF) + CRLF
}
