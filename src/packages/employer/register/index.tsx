import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { AsyncView } from '../../../components/AsyncView'
import { PrivacyGate } from '../../../components/PrivacyGate'
import { withField } from '../../../components/RegionFields'
import { SignIn } from '../../../components/SignIn'
import { useRemote } from '../../../hooks/useRemote'
import { accountApi } from '../../../services/account'
import { employerApi, type Catalog, type EmployerView } from '../../../services/employer'
import { draftOf, INCOMPLETE, registerGate, submitFailure, toProfile, validateDraft, type RegisterDraft, type RegisterErrors, type RegisterField } from './form'
import { AddressSection, FirmSection, SizeSection, type SectionProps } from './sections'
import './index.css'
import { useCareMode } from '../../../hooks/useCareMode'

/** A firm registers, or corrects a profile the bureau has not verified. */
function RegisterForm({ catalog, employer }: { catalog: Catalog; employer: EmployerView | null }) {
  const [draft, setDraft] = useState<RegisterDraft>(() => draftOf(employer))
  const [touched, setTouched] = useState<Partial<Record<RegisterField, boolean>>>({})
  const [tried, setTried] = useState(false)
  const [serverError, setServerError] = useState('')
  /** Field messages from the function (e.g. a wrong check character), until the field is edited. */
  const [serverFields, setServerFields] = useState<RegisterErrors>({})
  const [saving, setSaving] = useState(false)
  const errors = validateDraft(draft, catalog)
  const set: SectionProps['set'] = (field) => (value) => {
    setDraft((d) => withField(d, field, value))
    setTouched((t) => ({ ...t, [field]: true }))
    setServerError('')
    setServerFields(({ [field]: _edited, ...rest }) => rest)
  }
  const fields: SectionProps = { draft, catalog, set, shown: (field) => (tried || touched[field] ? errors[field] : undefined) ?? serverFields[field] }

  const submit = async () => {
    setTried(true)
    if (Object.keys(errors).length > 0) {
      setServerError(INCOMPLETE)
      return
    }
    setSaving(true)
    try {
      await employerApi.register(toProfile(draft))
      await Taro.showToast({ title: '已提交，等待审核', icon: 'none' })
      setTimeout(() => void Taro.navigateBack(), 600)
    } catch (error) {
      const failure = submitFailure(error)
      setServerFields(failure.fields)
      setServerError(failure.message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className='register'>
      {employer?.status === 'rejected' && (
        <View className='register__rejected'>
          <Text>{`上次未通过：${employer.reviewReason ?? '未说明'}。请修改后重新提交。`}</Text>
        </View>
      )}
      <FirmSection {...fields} />
      <SizeSection {...fields} />
      <AddressSection {...fields} />
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
        {({ catalog, me }) => {
          switch (registerGate(me)) {
            case 'sign-in':
              return (
                <View className='card'>
                  <SignIn purpose='注册企业' identities={me.devIdentities} onSignedIn={remote.reload} />
                </View>
              )
            case 'admin':
              return <Text className='muted'>管理员账号不能注册企业</Text>
            case 'verified':
              return (
                <View className='card'>
                  <Text className='card__title'>{me.employer?.name}</Text>
                  <Text className='muted'>企业已通过认证。资料如需变更，请联系当地人力资源和社会保障部门。</Text>
                </View>
              )
            case 'form':
              return (
                <PrivacyGate purpose={me.employer ? '修改企业资料' : '注册企业'} refusal='填写和提交企业资料'>
                  <RegisterForm catalog={catalog} employer={me.employer} />
                </PrivacyGate>
              )
          }
        }}
      </AsyncView>
    </View>
  )
}
