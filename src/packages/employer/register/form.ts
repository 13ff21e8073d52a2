/** The registration form's draft, its checks, what it sends, and who sees the form at all; pure, for tests. */
import type { Me } from '../../../services/account'
import { regionErrors } from '../../../components/RegionFields'
import { CallError } from '../../../services/cloud'
import type { Catalog, EmployerProfile, EmployerView } from '../../../services/employer'
import { wanToYuan, wholeNumber } from '../../../utils/jobs'

export interface RegisterDraft {
  name: string
  creditCode: string
  industry: string
  employees: string
  revenueWan: string
  totalAssetsWan: string
  city: string
  district: string
  address: string
  contactName: string
  contactPhone: string
}

export type RegisterField = keyof RegisterDraft
export type RegisterErrors = Partial<Record<RegisterField, string>>

const PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/
const trimmedLength = (s: string) => s.trim().length

/** The form's own checks as typed (the function checks again): a Chinese message per field. */
export function validateDraft(d: RegisterDraft, catalog: Catalog): RegisterErrors {
  const e: RegisterErrors = {}
  if (trimmedLength(d.name) < 2) e.name = '请填写营业执照上的企业名称（至少2个字）'
  else if (trimmedLength(d.name) > 60) e.name = '企业名称最多60个字'
  // The form checks the shape; the check character (GB 32100-2015) is checked by the function.
  const code = d.creditCode.replace(/\s+/g, '').toUpperCase()
  if (!code) e.creditCode = '请填写18位统一社会信用代码'
  else if (code.length !== 18) e.creditCode = `统一社会信用代码应为18位，已填${code.length}位`
  else if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) e.creditCode = '统一社会信用代码只由数字和大写字母组成（不含I、O、Z、S、V）'
  if (!d.industry) e.industry = '请选择所属行业'
  const employees = wholeNumber(d.employees)
  if (employees === undefined || employees < 1) e.employees = '请填写从业人员数（正整数）'
  if (wanToYuan(d.revenueWan) === undefined) e.revenueWan = '请填写上年度营业收入（万元，没有填0）'
  if (wanToYuan(d.totalAssetsWan) === undefined) e.totalAssetsWan = '请填写资产总额（万元）'
  Object.assign(e, regionErrors(catalog.regions, d.city, d.district, '请选择所在城市'))
  if (trimmedLength(d.address) < 2) e.address = '请填写详细地址'
  if (trimmedLength(d.contactName) < 2) e.contactName = '请填写联系人姓名'
  if (!PHONE.test(d.contactPhone.trim())) e.contactPhone = '请填写11位手机号或带区号的固定电话'
  return e
}

/** The function's messages by form field: `details.issues` of INVALID_INPUT, `details.field` of CONFLICT. */
export function fieldErrors(error: CallError): RegisterErrors {
  const byApiField: Record<string, RegisterField> = { revenue: 'revenueWan', totalAssets: 'totalAssetsWan' }
  const out: RegisterErrors = {}
  const issues = (error.details?.issues ?? []) as { field: string; message: string }[]
  for (const { field, message } of issues) out[byApiField[field] ?? (field as RegisterField)] ??= message
  if (typeof error.details?.field === 'string') out[error.details.field as RegisterField] = error.message
  return out
}

/** A refused registration: the messages for the fields, and the line under the form. */
export function submitFailure(error: unknown): { fields: RegisterErrors; message: string } {
  const fields = error instanceof CallError ? fieldErrors(error) : {}
  const first = Object.values(fields)[0]
  return { fields, message: first ? `提交未通过：${first}` : error instanceof CallError ? error.message : '提交失败，请稍后重试' }
}

/** The firm's profile as it stands (amounts back in 万元), or an empty form. */
type ProfileFields = 'name' | 'creditCode' | 'industry' | 'employees' | 'revenue' | 'totalAssets' | 'city' | 'district' | 'address' | 'contactName' | 'contactPhone'

export const draftOf = (e: Pick<EmployerView, ProfileFields> | null): RegisterDraft => ({
  name: e?.name ?? '',
  creditCode: e?.creditCode ?? '',
  industry: e?.industry ?? '',
  employees: e ? String(e.employees) : '',
  revenueWan: e?.revenue != null ? String(e.revenue / 10_000) : '',
  totalAssetsWan: e?.totalAssets != null ? String(e.totalAssets / 10_000) : '',
  city: e?.city ?? '',
  district: e?.district ?? '',
  address: e?.address ?? '',
  contactName: e?.contactName ?? '',
  contactPhone: e?.contactPhone ?? '',
})

/** What account.registerEmployer takes: a private firm, amounts in yuan. The industry and city are the catalogue's options, checked by validateDraft and again by the function. */
export function toProfile(draft: RegisterDraft): EmployerProfile {
  return {
    name: draft.name.trim(),
    creditCode: draft.creditCode.trim(),
    ownership: 'private',
    industry: draft.industry as EmployerProfile['industry'],
    employees: wholeNumber(draft.employees) as number,
    revenue: wanToYuan(draft.revenueWan) as number,
    totalAssets: wanToYuan(draft.totalAssetsWan) as number,
    city: draft.city as EmployerProfile['city'],
    district: draft.district,
    address: draft.address.trim(),
    contactName: draft.contactName.trim(),
    contactPhone: draft.contactPhone.trim(),
  }
}

/** What the registration page shows whom: sign in first; the bureau registers no firm; a verified firm's profile is settled; everyone else fills in the form. */
export type RegisterGate = 'sign-in' | 'admin' | 'verified' | 'form'

export function registerGate(me: { role: Me['role']; employer: Pick<EmployerView, 'status'> | null }): RegisterGate {
  if (me.role === 'anonymous') return 'sign-in'
  if (me.role === 'admin') return 'admin'
  return me.employer?.status === 'verified' ? 'verified' : 'form'
}

export const INCOMPLETE = '还有信息未填写完整，请按红色提示修改'
