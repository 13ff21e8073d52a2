import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'

import { TIME_ZONE } from '../../cloudfunctions/_shared/catalog/time'

dayjs.extend(utc)
dayjs.extend(timezone)

/** An instant (ISO string, Date or milliseconds; now when absent) on Shanghai's clock, to format or count days by. */
export const inShanghai = (at?: dayjs.ConfigType) => dayjs(at).tz(TIME_ZONE)

/** Whole yuan as `¥1,500`. */
export const formatYuan = (yuan: number) => `¥${Math.round(yuan).toLocaleString('en-US')}`

/** A YYYY-MM-DD date as 2021年12月31日. */
export const formatDateCn = (date: string) => dayjs(date).format('YYYY年M月D日')
