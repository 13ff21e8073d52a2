import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { AsyncView } from '../../../components/AsyncView'
import { ChoiceChips } from '../../../components/ChoiceChips'
import { FormField } from '../../../components/FormField'
import { PrivacyGate } from '../../../components/PrivacyGate'
import { SignIn } from '../../../components/SignIn'
import { useRemote } from '../../../hooks/useRemote'
import { accountApi } from '../../../services/account'
import { CallError } from '../../../services/cloud'
import { employerApi, type Catalog, type EmployerProfile, type EmployerView } from '../../../services/employer'
import { wanToYuan, wholeNumber } from '../../../utils/jobs'
import './index.css'
import { RegionFields, regionErrors } from '../../../components/RegionFields'
import { useCareMode } from '../../../hooks/useCareMode'

interface Draft {
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

const PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/
const trimmedLength = (s: string) => s.trim().length

/** The form's own checks as typed (the function checks again): a Chinese message per field. */
export function validateDraft(d: Draft, catalog: Catalog): Partial<Record<keyof Draft, string>> {
  const e: Partial<Record<keyof Draft, string>> = {}
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
export function fieldErrors(error: CallError): Partial<Record<keyof Draft, string>> {
  const byApiField: Record<string, keyof Draft> = { revenue: 'revenueWan', totalAssets: 'totalAssetsWan' }
  const out: Partial<Record<keyof Draft, string>> = {}
  const issues = (error.details?.issues ?? []) as { field: string; message: string }[]
  for (const { field, message } of issues) out[byApiField[field] ?? (field as keyof Draft)] ??= message
  if (typeof error.details?.field === 'string') out[error.details.field as keyof Draft] = error.message
  return out
}

const fromEmployer = (e: EmployerView | null): Draft => ({
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

function RegisterForm({ catalog, employer }: { catalog: Catalog; employer: EmployerView | null }) {
  const [draft, setDraft] = useState<Draft>(() => fromEmployer(employer))
  const [touched, setTouched] = useState<Partial<Record<keyof Draft, boolean>>>({})
  const [tried, setTried] = useState(false)
  const [serverError, setServerError] = useState('')
  /** Field messages from the function (e.g. a wrong check character), until the field is edited. */
  const [serverFields, setServerFields] = useState<Partial<Record<keyof Draft, string>>>({})
  const [saving, setSaving] = useState(false)
  const errors = validateDraft(draft, catalog)
  const shown = (field: keyof Draft) => (tried || touched[field] ? errors[field] : undefined) ?? serverFields[field]
  const set = (field: keyof Draft) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value, ...(field === 'city' && value !== d.city ? { district: '' } : {}) }))
    setTouched((t) => ({ ...t, [field]: true }))
    setServerError('')
    setServerFields(({ [field]: _edited, ...rest }) => rest)
  }

  const submit = async () => {
    setTried(true)
    if (Object.keys(errors).length > 0) {
      setServerError('还有信息未填写完整，请按红色提示修改')
      return
    }
    // The industry and city are the catalogue's options, checked above; the function checks them again.
    const profile: EmployerProfile = {
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
    setSaving(true)
    try {
      await employerApi.register(profile)
      await Taro.showToast({ title: '已提交，等待审核', icon: 'none' })
      setTimeout(() => void Taro.navigateBack(), 600)
    } catch (error) {
      const fields = error instanceof CallError ? fieldErrors(error) : {}
      const first = Object.values(fields)[0]
      setServerFields(fields)
      setServerError(first ? `提交未通过：${first}` : error instanceof CallError ? error.message : '提交失败，请稍后重试')
    } finally {
      setSaving(false)
    }
  }

  const text = (field: keyof Draft, props: { placeholder: string; maxlength?: number; type?: 'text' | 'number' | 'digit' | 'idcard' }) => (
    <Input
      className='form-input'
      value={draft[field]}
      placeholder={props.placeholder}
      maxlength={props.maxlength ?? 100}
      type={props.type ?? 'text'}
      onInput={(e) => set(field)(e.detail.value)}
    />
  )

  return (
    <View className='register'>
      {employer?.status === 'rejected' && (
        <View className='register__rejected'>
          <Text>{`上次未通过：${employer.reviewReason ?? '未说明'}。请修改后重新提交。`}</Text>
        </View>
      )}
      <View className='card'>
        <Text className='card__title register__section'>企业信息</Text>
        <FormField label='企业名称' name='name' required error={shown('name')} hint='与营业执照一致'>
          {text('name', { placeholder: '如：太原某某科技有限公司', maxlength: 60 })}
        </FormField>
        <FormField label='统一社会信用代码' name='creditCode' required error={shown('creditCode')} hint='营业执照上的18位代码，会按国家标准核对校验位'>
          {text('creditCode', { placeholder: '18位，如 91140100MA0K…', maxlength: 22 })}
        </FormField>
        <FormField label='企业性质' name='ownership' hint='依据《通知》，本平台为民营企业提供招聘服务'>
          <Text className='register__fixed'>民营企业</Text>
        </FormField>
        <FormField label='所属行业' name='industry' required error={shown('industry')} hint='按主营业务选择，用于按国家标准判断企业规模'>
          <ChoiceChips options={catalog.industries} value={draft.industry || undefined} onChange={set('industry')} />
        </FormField>
      </View>

      <View className='card'>
        <Text className='card__title register__section'>企业规模</Text>
        <Text className='muted register__why'>用于测算第21条吸纳就业补助（小微企业适用），只有人社部门可见</Text>
        <FormField label='从业人员' name='employees' required error={shown('employees')}>
          <View className='form-row'>
            {text('employees', { placeholder: '人数', type: 'number', maxlength: 7 })}
            <Text className='form-row__unit'>人</Text>
          </View>
        </FormField>
        <FormField label='上年度营业收入' name='revenue' required error={shown('revenueWan')}>
          <View className='form-row'>
            {text('revenueWan', { placeholder: '没有填0', type: 'digit', maxlength: 14 })}
            <Text className='form-row__unit'>万元</Text>
          </View>
        </FormField>
        <FormField label='资产总额' name='totalAssets' required error={shown('totalAssetsWan')}>
          <View className='form-row'>
            {text('totalAssetsWan', { placeholder: '资产负债表上的资产总额', type: 'digit', maxlength: 14 })}
            <Text className='form-row__unit'>万元</Text>
          </View>
        </FormField>
      </View>

      <View className='card'>
        <Text className='card__title register__section'>地址与联系人</Text>
        <RegionFields regions={catalog.regions} cityLabel='所在城市' city={draft.city} district={draft.district} errors={{ city: shown('city'), district: shown('district') }} onCity={set('city')} onDistrict={set('district')} />
        <FormField label='详细地址' name='address' required error={shown('address')}>
          {text('address', { placeholder: '街道、门牌号', maxlength: 100 })}
        </FormField>
        <FormField label='联系人' name='contactName' required error={shown('contactName')}>
          {text('contactName', { placeholder: '招聘负责人姓名', maxlength: 20 })}
        </FormField>
        <FormField label='联系电话' name='contactPhone' required error={shown('contactPhone')}>
          {text('contactPhone', { placeholder: '手机号或0351-1234567', maxlength: 13, type: 'text' })}
        </FormField>
      </View>

      {serverError && <Text className='register__error'>{serverError}</Text>}
      <Button className='btn-primary register__submit' loading={saving} disabled={saving} onClick={() => void submit()}>
        {employer ? '修改并重新提交审核' : '提交认证'}
      </Button>
      <Text className='muted register__after'>提交后由人社部门审核，审核通过前可以先保存岗位草稿</Text>
    </View>
  )
}

export default function RegisterPage() {
  const { pageClass } = useCareMode()
  const remote = useRemote(async () => {
    const [catalog, me] = await Promise.all([employerApi.catalog(), accountApi.me()])
    return { catalog, me }
  }, 'register')
  return (
    <View className={pageClass}>
      <AsyncView remote={remote}>
        {({ catalog, me }) =>
          me.role === 'anonymous' ? (
            <View className='card'>
              <SignIn purpose='注册企业' identities={me.devIdentities} onSignedIn={remote.reload} />
            </View>
          ) : me.role === 'admin' ? (
            <Text className='muted'>管理员账号不能注册企业</Text>
          ) : me.employer?.status === 'verified' ? (
            <View className='card'>
              <Text className='card__title'>{me.employer.name}</Text>
              <Text className='muted'>企业已通过认证。资料如需变更，请联系当地人力资源和社会保障部门。</Text>
            </View>
          ) : (
            <PrivacyGate purpose={me.employer ? '修改企业资料' : '注册企业'} refusal='填写和提交企业资料'>
              <RegisterForm catalog={catalog} employer={me.employer} />
            </PrivacyGate>
          )
        }
      </AsyncView>
    </View>
  )
}
