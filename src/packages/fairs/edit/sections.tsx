import { useState } from 'react'
import { Button, Picker, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ChoiceChips } from '../../../components/ChoiceChips'
import { DraftInput, FormField } from '../../../components/FormField'
import type { Catalog } from '../../../services/employer'
import { CAMPAIGN_OPTIONS, LEVEL_OPTIONS, MODE_OPTIONS, type FairView } from '../../../services/fairs'
import { inShanghai } from '../../../utils/format'
import { dateRanges, districtOptions, withPickedPlace, withStartDate, type Draft, type DraftErrors } from './form'
import { picksOnMap, pickPlace, uploadHallMap } from './pick'

/** What each card of the editor is given: the draft, the messages per field, a setter per field and one for several. */
export interface SectionProps {
  draft: Draft
  errors: DraftErrors
  set: <K extends keyof Draft>(field: K) => (value: Draft[K]) => void
  patch: (fields: Partial<Draft>) => void
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
export function VenueSection({ draft, errors, set, patch }: SectionProps) {
  const onMap = picksOnMap()
  const [uploading, setUploading] = useState(false)
  const pickOnMap = async () => {
    const [latitude, longitude] = [Number(draft.latitude), Number(draft.longitude)]
    const near = draft.latitude && draft.longitude && Number.isFinite(latitude) && Number.isFinite(longitude) ? { latitude, longitude } : {}
    try {
      const place = await pickPlace(near)
      if (place) patch(withPickedPlace(draft, place))
    } catch {
      void Taro.showToast({ title: '地图选点未能打开，请稍后再试', icon: 'none' })
    }
  }
  const upload = async () => {
    setUploading(true)
    try {
      const fileID = await uploadHallMap()
      if (fileID) set('hallMapUrl')(fileID)
    } catch {
      void Taro.showToast({ title: '展位图上传未成功，请稍后再试', icon: 'none' })
    } finally {
      setUploading(false)
    }
  }
  return (
    <View className='card'>
      <Text className='card__title fair-edit__section'>场馆</Text>
      <FormField label='场馆名称' name='venue' required error={errors.venue}>
        <DraftInput draft={draft} set={set} field='venue' placeholder='如：太原市人力资源市场' maxlength={60} />
      </FormField>
      <FormField label='详细地址' name='address' required error={errors.address}>
        <DraftInput draft={draft} set={set} field='address' placeholder='街道、门牌号' maxlength={100} />
      </FormField>
      <FormField
        label='坐标（可选）'
        name='latitude'
        error={errors.latitude ?? errors.longitude}
        hint={onMap ? '在地图上选点，求职者可在小程序内查看地图和导航' : '网页版没有地图服务：请在腾讯或高德地图中查到场馆坐标（GCJ-02）后填写，或在小程序中选点'}
      >
        {onMap ? (
          <View className='form-row'>
            <Text className='fair-edit__picked'>{draft.latitude && draft.longitude ? `${draft.latitude}, ${draft.longitude}` : '未选择'}</Text>
            <Button size='mini' className='fair-edit__pick-btn' onClick={() => void pickOnMap()}>
              {draft.latitude ? '重新选点' : '地图选点'}
            </Button>
          </View>
        ) : (
          <View className='form-row'>
            <DraftInput draft={draft} set={set} field='latitude' placeholder='纬度，如37.8366' type='digit' maxlength={12} />
            <Text className='form-row__sep'>,</Text>
            <DraftInput draft={draft} set={set} field='longitude' placeholder='经度，如112.5605' type='digit' maxlength={12} />
          </View>
        )}
      </FormField>
      <FormField
        label='展位图（可选）'
        name='hallMapUrl'
        error={errors.hallMapUrl}
        hint={onMap ? '从相册选择或拍摄展位图，上传到云存储' : '网页版不能上传图片：请填写 https:// 开头的图片地址，或在小程序中上传'}
      >
        {onMap ? (
          <View className='form-row'>
            <Text className='fair-edit__picked'>{draft.hallMapUrl ? '已上传展位图' : '未上传'}</Text>
            <Button size='mini' className='fair-edit__pick-btn' disabled={uploading} onClick={() => void upload()}>
              {uploading ? '上传中…' : draft.hallMapUrl ? '重新上传' : '上传图片'}
            </Button>
          </View>
        ) : (
          <DraftInput draft={draft} set={set} field='hallMapUrl' placeholder='https://…/hall.png' maxlength={500} />
        )}
      </FormField>
    </View>
  )
}

/** One picker of the draft: a date or a time, shown as what it holds. */
function DraftPicker({ draft, set, field, mode, range }: Pick<SectionProps, 'draft' | 'set'> & { field: 'startTime' | 'endDate' | 'endTime'; mode: 'date' | 'time'; range?: { start: string; end: string } }) {
  return (
    <Picker mode={mode} value={draft[field]} {...range} onChange={(e) => set(field)(String(e.detail.value))}>
      <View className='fair-edit__pick' data-field={field}>
        {draft[field]}
      </View>
    </Picker>
  )
}

/** 时间与展位: when it starts and ends (Shanghai time, picked), and how many booths. */
export function TimeSection({ draft, errors, set, patch, fair }: SectionProps & { fair: FairView | null }) {
  const ranges = dateRanges(draft, inShanghai().format('YYYY-MM-DD'), fair ? inShanghai(fair.startAt).format('YYYY-MM-DD') : undefined)
  return (
    <View className='card'>
      <Text className='card__title fair-edit__section'>时间与展位</Text>
      <FormField label='开始时间' name='startAt' required error={errors.startDate}>
        <View className='fair-edit__when'>
          <Picker mode='date' value={draft.startDate} {...ranges.start} onChange={(e) => patch(withStartDate(draft, String(e.detail.value)))}>
            <View className='fair-edit__pick' data-field='startDate'>
              {draft.startDate}
            </View>
          </Picker>
          <DraftPicker draft={draft} set={set} field='startTime' mode='time' />
        </View>
      </FormField>
      <FormField label='结束时间' name='endAt' required error={errors.endDate}>
        <View className='fair-edit__when'>
          <DraftPicker draft={draft} set={set} field='endDate' mode='date' range={ranges.end} />
          <DraftPicker draft={draft} set={set} field='endTime' mode='time' />
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
