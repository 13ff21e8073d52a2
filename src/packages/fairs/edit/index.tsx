import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { AsyncView } from '../../../components/AsyncView'
import { withField } from '../../../components/RegionFields'
import { useRemote } from '../../../hooks/useRemote'
import { accountApi } from '../../../services/account'
import { employerApi, type Catalog } from '../../../services/employer'
import { fairDetailUrl, fairsAdminApi, fairsApi, type FairView } from '../../../services/fairs'
import { draftOf, INCOMPLETE, newDraft, saveFailure, toContent, type Draft, type DraftErrors } from './form'
import { BasicsSection, OrganiserSection, TimeSection, VenueSection, type SectionProps } from './sections'
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

/** The bureau's fair: its draft, the checks the form can make, and saving it. */
function EditForm({ catalog, fair }: Loaded) {
  const [draft, setDraft] = useState<Draft>(() => (fair ? draftOf(fair) : newDraft()))
  const [errors, setErrors] = useState<DraftErrors>({})
  const [message, setMessage] = useState('')
  const [saving, setSaving] = useState(false)
  const set: SectionProps['set'] = (field) => (value) => {
    setDraft((d) => withField(d, field, value))
    setErrors(({ [field]: _edited, ...rest }) => rest as DraftErrors)
    setMessage('')
  }
  const patch: SectionProps['patch'] = (fields) => {
    setDraft((d) => ({ ...d, ...fields }))
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in fields))) as DraftErrors)
    setMessage('')
  }
  const fields: SectionProps = { draft, errors, set, patch }

  const save = async () => {
    const { content, errors: local } = toContent(draft)
    if (Object.keys(local).length) {
      setErrors(local)
      setMessage(INCOMPLETE)
      return
    }
    setSaving(true)
    try {
      const { fair: saved } = await fairsAdminApi.save(content, fair?.id)
      await Taro.showToast({ title: fair ? '已保存' : '已发布招聘会', icon: 'success' })
      if (fair) await Taro.navigateBack()
      else await Taro.redirectTo({ url: fairDetailUrl(saved.id) })
    } catch (error) {
      const failure = saveFailure(error)
      setErrors(failure.errors)
      setMessage(failure.message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <View>
      <BasicsSection {...fields} catalog={catalog} />
      {draft.mode === 'onsite' && <VenueSection {...fields} />}
      <TimeSection {...fields} fair={fair} />
      <OrganiserSection {...fields} />
      {message && <Text className='fair-edit__message'>{message}</Text>}
      <Button className='btn-primary fair-edit__save' disabled={saving} onClick={() => void save()}>
        {fair ? '保存修改' : '发布招聘会'}
      </Button>
    </View>
  )
}
