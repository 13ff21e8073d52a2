import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'

dayjs.extend(utc)
dayjs.extend(timezone)

export const TIME_ZONE = 'Asia/Shanghai'

/** Whole yuan as `¥1,500`. */
export const formatYuan = (yuan: number) => `¥${Math.round(yuan).toLocaleString('en-US')}`

/** Today's date in Shanghai as YYYY-MM-DD. */
export const todayInShanghai = () => dayjs().tz(TIME_ZONE).format('YYYY-MM-DD')

/** A YYYY-MM-DD date as 2021年12月31日. */
export const formatDateCn = (date: string) => dayjs(date).format('YYYY年M月D日')
