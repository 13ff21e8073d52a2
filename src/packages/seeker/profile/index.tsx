import { useState } from 'react'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { AsyncView } from '../../../components/AsyncView'
import { ChoiceChips } from '../../../components/ChoiceChips'
import { FormField } from '../../../components/FormField'
import { PrivacyGate } from '../../../components/PrivacyGate'
import { useRemote } from '../../../hooks/useRemote'
import { applicationsApi } from '../../../services/applications'
import { CallError } from '../../../services/cloud'
import { seekerApi, SEEKER_EDUCATIONS, type SeekerProfile } from '../../../services/seeker'
import { askForApplicationUpdates } from '../../../services/subscribe'
import { draftOf, INTRO_MAX, toInput, validateProfile, type ProfileDraft } from './form'
import { useCareMode } from '../../../hooks/useCareMode'
import './index.css'

/** `applyTo`: a posting to apply to once saved (from `fairId`'s page when given). */
function ProfileForm({ profile, applyTo, fairId }: { profile: SeekerProfile | null; applyTo?: string; fairId?: string }) {
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(profile))
  const [tried, setTried] = useState(false)
  const [serverFields, setServerFields] = useState<Partial<Record<keyof ProfileDraft, string>>>({})
  const [message, setMessage] = useState('')
  const [saving, setSaving] = useState(false)
  const errors = validateProfile(draft, profile !== null)
  const shown = (field: keyof ProfileDraft) => (tried ? errors[field] : undefined) ?? serverFields[field]
  const set = (field: keyof ProfileDraft) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }))
    setMessage('')
    setServerFields(({ [field]: _edited, ...rest }) => rest)
  }

  const save = async () => {
    setTried(true)
    if (Object.keys(errors).length > 0) {
      setMessage('还有信息未填写完整，请按红色提示修改')
      return
    }
    // Still inside the tap (nothing awaited yet), as WeChat requires: may we tell them how the application goes?
    const asked = applyTo ? askForApplicationUpdates() : Promise.resolve('skipped')
    setSaving(true)
    try {
      await asked
      await seekerApi.updateProfile(toInput(draft))
      if (applyTo) {
        const { alreadyApplied } = await applicationsApi.apply(applyTo, fairId)
        await Taro.showToast({ title: alreadyApplied ? '已投递过该岗位' : '投递成功', icon: alreadyApplied ? 'none' : 'success' })
      } else {
        await Taro.showToast({ title: '已保存', icon: 'success' })
      }
      setTimeout(() => void Taro.navigateBack(), 600)
    } catch (error) {
      const issues = (error instanceof CallError ? (error.details?.issues ?? []) : []) as { field: string; message: string }[]
      setServerFields(Object.fromEntries(issues.map((i) => [i.field, i.message])))
      setMessage(error instanceof CallError ? error.message : '保存失败，请稍后重试')
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className='seeker-profile'>
      {applyTo && <Text className='seeker-profile__note'>投递前请填写求职资料：企业会看到您的姓名、手机号、学历、工作年限和自我介绍。</Text>}
      <View className='card'>
        <FormField label='姓名' name='name' required error={shown('name')}>
          <Input className='form-input' value={draft.name} placeholder='真实姓名' maxlength={20} onInput={(e) => set('name')(e.detail.value)} />
        </FormField>
        <FormField
          label='手机号'
          name='phone'
          required={!profile}
          error={shown('phone')}
          hint={profile ? `已保存 ${profile.phone}，不修改请留空。仅您投递的企业能看到完整号码` : '仅您投递的企业能看到完整号码，其他地方都只显示部分号码'}
        >
          <Input className='form-input' value={draft.phone} type='number' placeholder={profile ? profile.phone : '11位手机号'} maxlength={11} onInput={(e) => set('phone')(e.detail.value)} />
        </FormField>
        <FormField label='最高学历' name='education' required error={shown('education')}>
          <ChoiceChips options={SEEKER_EDUCATIONS} value={draft.education || undefined} onChange={set('education')} />
        </FormField>
        <FormField label='工作年限' name='experienceYears' required error={shown('experienceYears')}>
          <View className='form-row'>
            <Input className='form-input' value={draft.experienceYears} type='number' placeholder='没有工作经验填0' maxlength={2} onInput={(e) => set('experienceYears')(e.detail.value)} />
            <Text className='form-row__unit'>年</Text>
          </View>
        </FormField>
        <FormField label='自我介绍' name='intro' error={shown('intro')} counter={`${draft.intro.trim().length}/${INTRO_MAX}`} hint='技能、证书、期望的工作，企业据此判断是否约您面试'>
          <Textarea className='form-textarea' value={draft.intro} maxlength={INTRO_MAX} placeholder='如：持电工证，三年设备维修经验' onInput={(e) => set('intro')(e.detail.value)} />
        </FormField>
      </View>
      {message && <Text className='seeker-profile__error'>{message}</Text>}
      <Button className='btn-primary seeker-profile__save' loading={saving} disabled={saving} onClick={() => void save()}>
        {applyTo ? '保存并投递' : '保存'}
      </Button>
    </View>
  )
}

export default function SeekerProfilePage() {
  const { pageClass } = useCareMode()
  const { params } = useRouter()
  const remote = useRemote(() => seekerApi.profile(), 'seeker-profile')
  return (
    <View className={pageClass}>
      <PrivacyGate purpose={params.apply ? '填写求职资料并投递简历' : '填写求职资料'} refusal='填写和保存求职资料'>
        <AsyncView remote={remote} signInPurpose='填写求职资料'>{(data) => <ProfileForm profile={data.profile} applyTo={params.apply || undefined} fairId={params.fairId || undefined} />}</AsyncView>
      </PrivacyGate>
    </View>
  )
}
