import { callFunction } from './cloud'
import type { EmployerView } from './employer'

export type Role = 'anonymous' | 'seeker' | 'employer' | 'admin'

export interface DevIdentity {
  openId: string
  role: Role
  label: string
}

export interface Me {
  openId: string | null
  role: Role
  /** The caller's enterprise profile, when it has one. */
  employer: EmployerView | null
  /** Local mode only: the seeded identities the role switcher offers. */
  devIdentities?: DevIdentity[]
}

export const accountApi = {
  me: () => callFunction<Me>('account', 'me'),
}

export const roleLabels: Record<Role, string> = {
  anonymous: '未登录',
  seeker: '求职者',
  employer: '企业 HR',
  admin: '管理员',
}
