/** The CONFLICTs of a review that came too late: the item was decided meanwhile, or changed after the reviewer read it. */
import { AppError } from '../../errors'
import { revisionOf } from '../../repositories/revision'

const REVIEWED_ITEM = { employer: '企业认证资料', job: '岗位内容' } as const

/** CONFLICT: the item changed after the reviewer read it; `revision` is what it is at now. */
export const changedSinceRead = (what: keyof typeof REVIEWED_ITEM | 'report', revision: number) =>
  new AppError(
    'CONFLICT',
    what === 'report' ? '被举报的岗位在您打开审核队列后有了变化，请查看最新内容后再处理' : `企业在您打开审核队列后修改了${REVIEWED_ITEM[what]}，请查看最新内容后再审核`,
    { reason: 'changed', revision },
  )

/** Why a review's write did not happen: decided meanwhile, or changed since it was read. */
export function notDecided(what: keyof typeof REVIEWED_ITEM, current: { status: string; revision?: number } | null) {
  if (current?.status === 'pending') return changedSinceRead(what, revisionOf(current))
  return new AppError('CONFLICT', `该${what === 'employer' ? '企业' : '岗位'}刚刚已被审核或修改，请刷新队列`)
}
