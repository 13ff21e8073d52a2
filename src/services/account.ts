import type { Output } from '../../cloudfunctions/api'
import type { Role } from '../../cloudfunctions/_shared/identity'
import { callFunction } from './cloud'

export type { Role }
export type Me = Output<'account', 'me'>
export type DevIdentity = NonNullable<Me['devIdentities']>[number]

export const accountApi = {
  me: () => callFunction('account', 'me'),
}

export const roleLabels: Record<Role, string> = {
  anonymous: '未登录',
  seeker: '求职者',
  employer: '企业 HR',
  admin: '管理员',
}
