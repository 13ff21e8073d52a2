/** The calendar every date of the notice, the fairs and the counts is read in: Asia/Shanghai. */

export const TIME_ZONE = 'Asia/Shanghai'

/** Shanghai keeps UTC+8 all year (no daylight saving since 1991): a date needs no time-zone table. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000

/** An instant as its Shanghai calendar date, YYYY-MM-DD. */
export const shanghaiDate = (at: Date | string | number): string => new Date(new Date(at).getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)

/** Today in Shanghai, YYYY-MM-DD. */
export const todayInShanghai = (now: Date = new Date()): string => shanghaiDate(now)
