import { useState } from 'react'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { AsyncView } from '../../../components/AsyncView'
import { ChoiceChips } from '../../../components/ChoiceChips'
import { FormField } from '../../../components/FormField'
import { useRemote } from '../../../hooks/useRemote'
import { accountApi } from '../../../services/account'
import { CallError } from '../../../services/cloud'
import { employerApi, type Catalog } from '../../../services/employer'
import { CAMPAIGN_OPTIONS, fairDetailUrl, fairsAdminApi, fairsApi, LEVEL_OPTIONS, MODE_OPTIONS, type FairView } from '../../../services/fairs'
import { draftOf, fieldErrors, newDraft, toContent, type Draft, type DraftErrors } from './form'
import { useCareMode } from '../../../hooks/useCareMode'
import './index.css'

interface Loaded {
  catalog: Catalog
  fair: FairView | null
}

/** Only the bureau saves fairs (admin.saveFair refuses anyone else): say so instead of a form that cannot be saved. */
function NotAdmin() {
  return (
    <View className='card fair-edit__refusal'>
      <Text className='card__title'>仅限人社部门管理员</Text>
      <Text className='muted'>发布和修改招聘会由人社部门的管理员进行。企业可在招聘会页面预订展位，求职者可报名参会。</Text>
    </View>
  )
}

/** The bureau creates or edits a fair (admin.saveFair). */
export default function FairEditPage() {
  const { pageClass } = useCareMode()
  const { params } = useRouter()
  const id = params.id ?? ''
  const remote = useRemote<{ admin: boolean; form: Loaded }>(async () => {
    const [{ role }, catalog, detail] = await Promise.all([accountApi.me(), employerApi.catalog(), id ? fairsApi.get(id) : Promise.resolve(null)])
    if (detail) void Taro.setNavigationBarTitle({ title: '编辑招聘会' })
    return { admin: role === 'admin', form: { catalog, fair: detail?.fair ?? null } }
  }, id)
  return (
    <View className={`${pageClass} fair-edit`}>
      <AsyncView remote={remote}>{({ admin, form }) => (admin ? <EditForm {...form} /> : <NotAdmin />)}</AsyncView>
    </View>
  )
}

function EditForm({ catalog, fair }: Loaded) {
  const [draft, setDraft] = useState<Draft>(() => (fair ? draftOf(fair) : newDraft()))
  const [errors, setErrors] = useState<DraftErrors>({})
  const [message, setMessage] = useState('')
  const [saving, setSaving] = useState(false)
  const set = <K extends keyof Draft>(field: K) => (value: Draft[K]) => {
    setDraft((d) => ({ ...d, [field]: value, ...(field === 'city' && value !== d.city ? { district: '' } : {}) }))
    setErrors(({ [field]: _edited, ...rest }) => rest as DraftErrors)
    setMessage('')
  }
  const districts = catalog.regions.find((r) => r.city === draft.city)?.districts ?? []

  const save = async () => {
    const { content, errors: local } = toContent(draft)
    if (Object.keys(local).length) {
      setErrors(local)
      setMessage('请按红色提示修改')
      return
    }
    setSaving(true)
    try {
      const { fair: saved } = await fairsAdminApi.save(content, fair?.id)
      await Taro.showToast({ title: fair ? '已保存' : '已发布招聘会', icon: 'success' })
      if (fair) await Taro.navigateBack()
      else await Taro.redirectTo({ url: fairDetailUrl(saved.id) })
    } catch (error) {
      const fields = error instanceof CallError ? fieldErrors(error) : {}
      setErrors(fields)
      setMessage(error instanceof CallError ? `保存未成功：${Object.values(fields)[0] ?? error.message}` : '保存失败，请稍后再试')
    } finally {
      setSaving(false)
    }
  }

  const input = (field: keyof Draft, placeholder: string, props: { maxlength?: number; type?: 'text' | 'digit' | 'number' } = {}) => (
    <Input
      className='form-input'
      value={draft[field]}
      placeholder={placeholder}
      maxlength={props.maxlength ?? 100}
      type={props.type ?? 'text'}
      onInput={(e) => set(field)(e.detail.value as never)}
    />
  )

  return (
    <View>
      <View className='card'>
        <Text className='card__title fair-edit__section'>基本信息</Text>
        <FormField label='招聘会名称' name='name' required error={errors.name}>
          {input('name', '如：2027年春风行动·太原市民营企业专场', { maxlength: 60 })}
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
          <ChoiceChips options={[{ value: '', label: '不指定' }, ...districts.map((d) => ({ value: d, label: d }))]} value={draft.district} onChange={set('district')} />
        </FormField>
        <FormField label='形式' name='mode' required error={errors.mode}>
          <ChoiceChips options={MODE_OPTIONS} value={draft.mode} onChange={set('mode')} />
        </FormField>
      </View>

      {draft.mode === 'onsite' && (
        <View className='card'>
          <Text className='card__title fair-edit__section'>场馆</Text>
          <FormField label='场馆名称' name='venue' required error={errors.venue}>
            {input('venue', '如：太原市人力资源市场', { maxlength: 60 })}
          </FormField>
          <FormField label='详细地址' name='address' required error={errors.address}>
            {input('address', '街道、门牌号', { maxlength: 100 })}
          </FormField>
          <FormField label='坐标（可选）' name='latitude' error={errors.latitude ?? errors.longitude} hint='高德/腾讯地图坐标（GCJ-02），用于小程序内地图'>
            <View className='form-row'>
              {input('latitude', '纬度，如37.8366', { type: 'digit', maxlength: 12 })}
              <Text className='form-row__sep'>,</Text>
              {input('longitude', '经度，如112.5605', { type: 'digit', maxlength: 12 })}
            </View>
          </FormField>
          <FormField label='展位图（可选）' name='hallMapUrl' error={errors.hallMapUrl} hint='https:// 或 cloud:// 开头的图片地址'>
            {input('hallMapUrl', 'https://…/hall.png', { maxlength: 500 })}
          </FormField>
        </View>
      )}

      <View className='card'>
        <Text className='card__title fair-edit__section'>时间与展位</Text>
        <FormField label='开始时间' name='startAt' required error={errors.startDate}>
          <View className='form-row'>
            {input('startDate', '2026-12-05', { maxlength: 10 })}
            <Text className='form-row__sep' />
            {input('startTime', '09:00', { maxlength: 5 })}
          </View>
        </FormField>
        <FormField label='结束时间' name='endAt' required error={errors.endDate}>
          <View className='form-row'>
            {input('endDate', '2026-12-05', { maxlength: 10 })}
            <Text className='form-row__sep' />
            {input('endTime', '16:00', { maxlength: 5 })}
          </View>
        </FormField>
        <FormField label='展位数' name='boothCount' required error={errors.boothCount} hint={fair ? `已预订${fair.boothsBooked}个，不能少于已预订的展位` : undefined}>
          <View className='form-row'>
            {input('boothCount', '如：80', { type: 'number', maxlength: 4 })}
            <Text className='form-row__unit'>个</Text>
          </View>
        </FormField>
      </View>

      <View className='card'>
        <Text className='card__title fair-edit__section'>主办与咨询</Text>
        <FormField label='主办单位' name='organiser' required error={errors.organiser}>
          {input('organiser', '如：太原市人力资源和社会保障局', { maxlength: 60 })}
        </FormField>
        <FormField label='联系人' name='contactName' required error={errors.contactName}>
          {input('contactName', '姓名', { maxlength: 20 })}
        </FormField>
        <FormField label='咨询电话' name='contactPhone' required error={errors.contactPhone}>
          {input('contactPhone', '手机号或 0351-1234567', { maxlength: 13 })}
        </FormField>
        <FormField label='简介（可选）' name='description' error={errors.description} counter={`${draft.description.length}/1000`}>
          <Textarea className='form-textarea' value={draft.description} maxlength={1000} placeholder='面向哪些人群、有哪些行业企业、现场服务等' onInput={(e) => set('description')(e.detail.value)} />
        </FormField>
      </View>

      {message && <Text className='fair-edit__message'>{message}</Text>}
      <Button className='btn-primary fair-edit__save' disabled={saving} onClick={() => void save()}>
        {fair ? '保存修改' : '发布招聘会'}
      </Button>
    </View>
  )
}
