import { Text, View } from '@tarojs/components'
import { ChoiceChips } from '../../../components/ChoiceChips'
import { DraftInput, FormField } from '../../../components/FormField'
import { RegionFields } from '../../../components/RegionFields'
import type { Catalog } from '../../../services/employer'
import type { RegisterDraft, RegisterField } from './form'

/** What each card of the form is given: the draft, the message to show per field, a setter per field. */
export interface SectionProps {
  draft: RegisterDraft
  catalog: Catalog
  shown: (field: RegisterField) => string | undefined
  set: (field: RegisterField) => (value: string) => void
}

/** 企业信息: the name and credit code as on the licence, the ownership (fixed), the industry. */
export function FirmSection({ draft, catalog, shown, set }: SectionProps) {
  return (
    <View className='card'>
      <Text className='card__title register__section'>企业信息</Text>
      <FormField label='企业名称' name='name' required error={shown('name')} hint='与营业执照一致'>
        <DraftInput draft={draft} set={set} field='name' placeholder='如：太原某某科技有限公司' maxlength={60} />
      </FormField>
      <FormField label='统一社会信用代码' name='creditCode' required error={shown('creditCode')} hint='营业执照上的18位代码，会按国家标准核对校验位'>
        <DraftInput draft={draft} set={set} field='creditCode' placeholder='18位，如 91140100MA0K…' maxlength={22} />
      </FormField>
      <FormField label='企业性质' name='ownership' hint='依据《通知》，本平台为民营企业提供招聘服务'>
        <Text className='register__fixed'>民营企业</Text>
      </FormField>
      <FormField label='所属行业' name='industry' required error={shown('industry')} hint='按主营业务选择，用于按国家标准判断企业规模'>
        <ChoiceChips options={catalog.industries} value={draft.industry || undefined} onChange={set('industry')} />
      </FormField>
    </View>
  )
}

/** 企业规模: the figures the size class (and measure 21) is derived from. */
export function SizeSection({ draft, shown, set }: Omit<SectionProps, 'catalog'>) {
  return (
    <View className='card'>
      <Text className='card__title register__section'>企业规模</Text>
      <Text className='muted register__why'>用于测算第21条吸纳就业补助（小微企业适用），只有人社部门可见</Text>
      <FormField label='从业人员' name='employees' required error={shown('employees')}>
        <View className='form-row'>
          <DraftInput draft={draft} set={set} field='employees' placeholder='人数' type='number' maxlength={7} />
          <Text className='form-row__unit'>人</Text>
        </View>
      </FormField>
      <FormField label='上年度营业收入' name='revenue' required error={shown('revenueWan')}>
        <View className='form-row'>
          <DraftInput draft={draft} set={set} field='revenueWan' placeholder='没有填0' type='digit' maxlength={14} />
          <Text className='form-row__unit'>万元</Text>
        </View>
      </FormField>
      <FormField label='资产总额' name='totalAssets' required error={shown('totalAssetsWan')}>
        <View className='form-row'>
          <DraftInput draft={draft} set={set} field='totalAssetsWan' placeholder='资产负债表上的资产总额' type='digit' maxlength={14} />
          <Text className='form-row__unit'>万元</Text>
        </View>
      </FormField>
    </View>
  )
}

/** 地址与联系人. */
export function AddressSection({ draft, catalog, shown, set }: SectionProps) {
  return (
    <View className='card'>
      <Text className='card__title register__section'>地址与联系人</Text>
      <RegionFields regions={catalog.regions} cityLabel='所在城市' city={draft.city} district={draft.district} errors={{ city: shown('city'), district: shown('district') }} onCity={set('city')} onDistrict={set('district')} />
      <FormField label='详细地址' name='address' required error={shown('address')}>
        <DraftInput draft={draft} set={set} field='address' placeholder='街道、门牌号' maxlength={100} />
      </FormField>
      <FormField label='联系人' name='contactName' required error={shown('contactName')}>
        <DraftInput draft={draft} set={set} field='contactName' placeholder='招聘负责人姓名' maxlength={20} />
      </FormField>
      <FormField label='联系电话' name='contactPhone' required error={shown('contactPhone')}>
        <DraftInput draft={draft} set={set} field='contactPhone' placeholder='手机号或0351-1234567' maxlength={13} />
      </FormField>
    </View>
  )
}
