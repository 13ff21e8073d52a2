import { Input, Text, Textarea, View } from '@tarojs/components'
import { ChoiceChips } from '../../../components/ChoiceChips'
import { FormField } from '../../../components/FormField'
import { RegionFields } from '../../../components/RegionFields'
import type { Catalog } from '../../../services/employer'
import { counter, LIMITS, VALIDITY_CHOICES, type PostDraft, type PostField } from './form'

/** What each card of the form is given: the draft, the message to show per field, a setter per field. */
export interface SectionProps {
  draft: PostDraft
  catalog: Catalog
  shown: (field: PostField) => string | undefined
  set: <F extends PostField>(field: F) => (value: PostDraft[F]) => void
}

/** The posting itself: who posts it, the title, how many, the duties. */
export function BasicsSection({ draft, shown, set, employerName }: Omit<SectionProps, 'catalog'> & { employerName: string }) {
  return (
    <View className='card'>
      <Text className='muted post-form__employer'>{`招聘单位：${employerName}`}</Text>
      <FormField label='岗位名称' name='title' required counter={counter(draft, 'title')} error={shown('title')}>
        <Input className='form-input' value={draft.title} maxlength={LIMITS.title + 10} placeholder='如：数控车工、会计' onInput={(e) => set('title')(e.detail.value)} />
      </FormField>
      <FormField label='招聘人数' name='headcount' required error={shown('headcount')}>
        <View className='form-row'>
          <Input className='form-input' type='number' value={draft.headcount} maxlength={3} placeholder='1–999' onInput={(e) => set('headcount')(e.detail.value)} />
          <Text className='form-row__unit'>人</Text>
        </View>
      </FormField>
      <FormField label='岗位职责' name='duties' required counter={counter(draft, 'duties')} error={shown('duties')} hint='写清工作内容，不写性别、民族、户籍、地域等限制'>
        <Textarea className='form-textarea' value={draft.duties} maxlength={LIMITS.duties + 50} placeholder='负责……' onInput={(e) => set('duties')(e.detail.value)} />
      </FormField>
    </View>
  )
}

/** 任职要求: education, experience, anything else. */
export function RequirementsSection({ draft, catalog, shown, set }: SectionProps) {
  return (
    <View className='card'>
      <Text className='card__title post-form__section'>任职要求</Text>
      <FormField label='学历' name='education' required error={shown('education')}>
        <ChoiceChips options={catalog.educations} value={draft.education || undefined} onChange={set('education')} />
      </FormField>
      <FormField label='工作经验' name='experienceYears' required error={shown('experienceYears')}>
        <ChoiceChips options={catalog.experienceYears} value={draft.experienceYears} onChange={set('experienceYears')} />
      </FormField>
      <FormField label='其他要求' name='other' counter={counter(draft, 'other')} error={shown('other')} hint='技能、证书等（选填）'>
        <Textarea className='form-textarea form-textarea--short' value={draft.other} maxlength={LIMITS.other + 50} placeholder='如：持焊工证' onInput={(e) => set('other')(e.detail.value)} />
      </FormField>
    </View>
  )
}

/** 工作地点与待遇: where, the pay, the benefits, how long the posting stays up. */
export function PlaceAndPaySection({ draft, catalog, shown, set }: SectionProps) {
  return (
    <View className='card'>
      <Text className='card__title post-form__section'>工作地点与待遇</Text>
      <RegionFields regions={catalog.regions} cityLabel='工作城市' city={draft.city} district={draft.district} errors={{ city: shown('city'), district: shown('district') }} onCity={set('city')} onDistrict={set('district')} />
      <FormField label='详细地址' name='address' required error={shown('address')}>
        <Input className='form-input' value={draft.address} maxlength={LIMITS.address} placeholder='街道、门牌号' onInput={(e) => set('address')(e.detail.value)} />
      </FormField>
      <FormField label='基本月薪' name='pay' required error={shown('payMin')} hint='税前基本劳动报酬，单位：元/月'>
        <View className='form-row'>
          <Input className='form-input post-form__pay' type='number' value={draft.payMin} maxlength={7} placeholder='最低' onInput={(e) => set('payMin')(e.detail.value)} />
          <Text className='form-row__sep'>—</Text>
          <Input className='form-input post-form__pay' type='number' value={draft.payMax} maxlength={7} placeholder='最高' onInput={(e) => set('payMax')(e.detail.value)} />
          <Text className='form-row__unit'>元</Text>
        </View>
      </FormField>
      <FormField label='福利待遇' name='benefits' counter={counter(draft, 'benefits')} error={shown('benefits')} hint='选填'>
        <Input className='form-input' value={draft.benefits} maxlength={LIMITS.benefits + 10} placeholder='如：五险一金、包吃住' onInput={(e) => set('benefits')(e.detail.value)} />
      </FormField>
      <FormField label='有效期' name='validDays' required error={shown('validDays')} hint={`审核通过后开始计算，最长${catalog.maxValidDays}天，到期自动下架`}>
        <View className='form-row'>
          <Input className='form-input post-form__days' type='number' value={draft.validDays} maxlength={2} onInput={(e) => set('validDays')(e.detail.value)} />
          <Text className='form-row__unit'>天</Text>
        </View>
        <ChoiceChips
          className='post-form__days-chips'
          options={VALIDITY_CHOICES.map((d) => ({ value: String(d), label: `${d}天` }))}
          value={draft.validDays}
          onChange={set('validDays')}
        />
      </FormField>
    </View>
  )
}
