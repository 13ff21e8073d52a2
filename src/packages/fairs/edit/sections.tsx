import { Input, Text, Textarea, View } from '@tarojs/components'
import { ChoiceChips } from '../../../components/ChoiceChips'
import { FormField } from '../../../components/FormField'
import type { Catalog } from '../../../services/employer'
import { CAMPAIGN_OPTIONS, LEVEL_OPTIONS, MODE_OPTIONS, type FairView } from '../../../services/fairs'
import { districtOptions, type Draft, type DraftErrors } from './form'

/** What each card of the editor is given: the draft, the messages per field, a setter per field. */
export interface SectionProps {
  draft: Draft
  errors: DraftErrors
  set: <K extends keyof Draft>(field: K) => (value: Draft[K]) => void
}

type TextField = { [K in keyof Draft]: Draft[K] extends string ? K : never }[keyof Draft]

interface DraftInputProps extends Pick<SectionProps, 'draft' | 'set'> {
  field: TextField
  placeholder: string
  maxlength?: number
  type?: 'text' | 'digit' | 'number'
}

function DraftInput({ draft, set, field, placeholder, maxlength = 100, type = 'text' }: DraftInputProps) {
  return <Input className='form-input' value={draft[field]} placeholder={placeholder} maxlength={maxlength} type={type} onInput={(e) => set(field)(e.detail.value as never)} />
}

/** 基本信息: the name, the campaign of measure 25, the level, where, on site or online. */
export function BasicsSection({ draft, errors, set, catalog }: SectionProps & { catalog: Catalog }) {
  return (
    <View className='card'>
      <Text className='card__title fair-edit__section'>基本信息</Text>
      <FormField label='招聘会名称' name='name' required error={errors.name}>
        <DraftInput draft={draft} set={set} field='name' placeholder='如：2027年春风行动·太原市民营企业专场' maxlength={60} />
      </FormField>
      <FormField label='专项活动' name='campaign' required error={errors.campaign} hint='第25条：春风行动、民营企业招聘月、金秋招聘月，及常态化招聘'>
        <ChoiceChips options={CAMPAIGN_OPTIONS} value={draft.campaign} onChange={set('campaign')} />
      </FormField>
      <FormField label='级别' name='level' required error={errors.level}>
        <ChoiceChips options={LEVEL_OPTIONS} value={draft.level} onChange={set('level')} />
      </FormField>
      <FormField label='所在城市' name='city' required error={errors.city}>
        <ChoiceChips options={catalog.regions.map((r) => ({ value: r.city, label: r.city }))} value={draft.city} onChange={set('city')} />
      </FormField>
      <FormField label='区县' name='district' required={draft.level === 'county'} error={errors.district} hint='县级招聘会必填'>
        <ChoiceChips options={districtOptions(catalog.regions, draft.city)} value={draft.district} onChange={set('district')} />
      </FormField>
      <FormField label='形式' name='mode' required error={errors.mode}>
        <ChoiceChips options={MODE_OPTIONS} value={draft.mode} onChange={set('mode')} />
      </FormField>
    </View>
  )
}

/** 场馆: an on-site fair's venue, address, map coordinates and hall plan. */
export function VenueSection({ draft, errors, set }: SectionProps) {
  return (
    <View className='card'>
      <Text className='card__title fair-edit__section'>场馆</Text>
      <FormField label='场馆名称' name='venue' required error={errors.venue}>
        <DraftInput draft={draft} set={set} field='venue' placeholder='如：太原市人力资源市场' maxlength={60} />
      </FormField>
      <FormField label='详细地址' name='address' required error={errors.address}>
        <DraftInput draft={draft} set={set} field='address' placeholder='街道、门牌号' maxlength={100} />
      </FormField>
      <FormField label='坐标（可选）' name='latitude' error={errors.latitude ?? errors.longitude} hint='高德/腾讯地图坐标（GCJ-02），用于小程序内地图'>
        <View className='form-row'>
          <DraftInput draft={draft} set={set} field='latitude' placeholder='纬度，如37.8366' type='digit' maxlength={12} />
          <Text className='form-row__sep'>,</Text>
          <DraftInput draft={draft} set={set} field='longitude' placeholder='经度，如112.5605' type='digit' maxlength={12} />
        </View>
      </FormField>
      <FormField label='展位图（可选）' name='hallMapUrl' error={errors.hallMapUrl} hint='https:// 或 cloud:// 开头的图片地址'>
        <DraftInput draft={draft} set={set} field='hallMapUrl' placeholder='https://…/hall.png' maxlength={500} />
      </FormField>
    </View>
  )
}

/** 时间与展位: when it starts and ends (Shanghai time), and how many booths. */
export function TimeSection({ draft, errors, set, fair }: SectionProps & { fair: FairView | null }) {
  return (
    <View className='card'>
      <Text className='card__title fair-edit__section'>时间与展位</Text>
      <FormField label='开始时间' name='startAt' required error={errors.startDate}>
        <View className='form-row'>
          <DraftInput draft={draft} set={set} field='startDate' placeholder='2026-12-05' maxlength={10} />
          <Text className='form-row__sep' />
          <DraftInput draft={draft} set={set} field='startTime' placeholder='09:00' maxlength={5} />
        </View>
      </FormField>
      <FormField label='结束时间' name='endAt' required error={errors.endDate}>
        <View className='form-row'>
          <DraftInput draft={draft} set={set} field='endDate' placeholder='2026-12-05' maxlength={10} />
          <Text className='form-row__sep' />
          <DraftInput draft={draft} set={set} field='endTime' placeholder='16:00' maxlength={5} />
        </View>
      </FormField>
      <FormField label='展位数' name='boothCount' required error={errors.boothCount} hint={fair ? `已预订${fair.boothsBooked}个，不能少于已预订的展位` : undefined}>
        <View className='form-row'>
          <DraftInput draft={draft} set={set} field='boothCount' placeholder='如：80' type='number' maxlength={4} />
          <Text className='form-row__unit'>个</Text>
        </View>
      </FormField>
    </View>
  )
}

/** 主办与咨询: who runs it, whom to ask, and what it is about. */
export function OrganiserSection({ draft, errors, set }: SectionProps) {
  return (
    <View className='card'>
      <Text className='card__title fair-edit__section'>主办与咨询</Text>
      <FormField label='主办单位' name='organiser' required error={errors.organiser}>
        <DraftInput draft={draft} set={set} field='organiser' placeholder='如：太原市人力资源和社会保障局' maxlength={60} />
      </FormField>
      <FormField label='联系人' name='contactName' required error={errors.contactName}>
        <DraftInput draft={draft} set={set} field='contactName' placeholder='姓名' maxlength={20} />
      </FormField>
      <FormField label='咨询电话' name='contactPhone' required error={errors.contactPhone}>
        <DraftInput draft={draft} set={set} field='contactPhone' placeholder='手机号或 0351-1234567' maxlength={13} />
      </FormField>
      <FormField label='简介（可选）' name='description' error={errors.description} counter={`${draft.description.length}/1000`}>
        <Textarea className='form-textarea' value={draft.description} maxlength={1000} placeholder='面向哪些人群、有哪些行业企业、现场服务等' onInput={(e) => set('description')(e.detail.value)} />
      </FormField>
    </View>
  )
}
