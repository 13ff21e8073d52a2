import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { AsyncView } from '../../../components/AsyncView'
import { HiringHint } from '../../../components/HiringHint'
import { withField } from '../../../components/RegionFields'
import { useRemote } from '../../../hooks/useRemote'
import { accountApi } from '../../../services/account'
import { employerApi, type Catalog, type ComplianceHit, type EmployerView, type JobView } from '../../../services/employer'
import { PostActions } from './actions'
import { draftOf, INCOMPLETE, saved, saveFailure, submitGate, toContent, validatePost, type PostDraft, type PostField } from './form'
import { BasicsSection, PlaceAndPaySection, RequirementsSection, type SectionProps } from './sections'
import { PostStatus } from './status'
import { usePreview } from './use-preview'
import './index.css'
import { useCareMode } from '../../../hooks/useCareMode'

/** A firm writes a new posting or edits one: the draft, its checks as typed, and saving it. */
function PostForm({ catalog, employer, job }: { catalog: Catalog; employer: EmployerView; job: JobView | null }) {
  const [draft, setDraft] = useState<PostDraft>(() => draftOf(job, employer))
  const [touched, setTouched] = useState<Partial<Record<PostField, boolean>>>({})
  const [tried, setTried] = useState(false)
  const [blocked, setBlocked] = useState<ComplianceHit[] | null>(null)
  const [message, setMessage] = useState('')
  const [saving, setSaving] = useState<'draft' | 'submit' | null>(null)
  const preview = usePreview(draft)
  const errors = validatePost(draft, catalog)
  const { canSubmit, note } = submitGate(employer)

  const set: SectionProps['set'] = (field) => (value) => {
    setDraft((d) => withField(d, field, value))
    setTouched((t) => ({ ...t, [field]: true }))
    setBlocked(null)
    setMessage('')
  }
  const fields: SectionProps = { draft, catalog, set, shown: (field) => (tried || touched[field] ? errors[field] : undefined) }

  const save = async (submit: boolean) => {
    setTried(true)
    if (Object.keys(errors).length > 0) {
      setMessage(INCOMPLETE)
      return
    }
    setSaving(submit ? 'submit' : 'draft')
    try {
      const content = { ...toContent(draft), submit }
      const result = job ? await employerApi.update(job.id, content) : await employerApi.create(content)
      const { toast, url } = saved(submit, result.job.state)
      await Taro.showToast({ title: toast, icon: 'success' })
      setTimeout(() => void Taro.redirectTo({ url }), 600)
    } catch (error) {
      const failure = saveFailure(error)
      setBlocked(failure.blocked)
      setMessage(failure.message)
    } finally {
      setSaving(null)
    }
  }

  return (
    <View className='post-form'>
      {job && <PostStatus job={job} />}
      <BasicsSection {...fields} employerName={employer.name} />
      <RequirementsSection {...fields} />
      <PlaceAndPaySection {...fields} />
      <HiringHint hint={preview?.measure21 ?? null} />
      <PostActions message={message} blocked={blocked} liveHits={preview?.hits ?? []} saving={saving} canSubmit={canSubmit} note={note} onSave={(submit) => void save(submit)} />
    </View>
  )
}

export default function PostFormPage() {
  const { pageClass } = useCareMode()
  const { params } = useRouter()
  const id = params.id
  const remote = useRemote(async () => {
    const [catalog, me, mine] = await Promise.all([
      employerApi.catalog(),
      accountApi.me(),
      id ? employerApi.mine({ id }) : Promise.resolve(null),
    ])
    return { catalog, employer: me.employer, job: mine?.jobs[0] ?? null }
  }, `post-form:${id ?? 'new'}`)
  useEffect(() => {
    if (id) void Taro.setNavigationBarTitle({ title: '编辑岗位' })
  }, [id])
  return (
    <View className={pageClass}>
      <AsyncView remote={remote}>
        {({ catalog, employer, job }) =>
          employer ? (
            <PostForm catalog={catalog} employer={employer} job={job} />
          ) : (
            <View className='card'>
              <Text className='card__title'>请先注册企业</Text>
              <Text className='muted'>在「我的」中注册企业信息，认证通过后即可发布岗位。</Text>
            </View>
          )
        }
      </AsyncView>
    </View>
  )
}
