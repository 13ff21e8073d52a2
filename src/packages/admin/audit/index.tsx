import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { AsyncView } from '../../../components/AsyncView'
import { ChoiceChips, type Choice } from '../../../components/ChoiceChips'
import { useReloadOnShow, useRemote } from '../../../hooks/useRemote'
import { adminApi, type AuditEntry, type AuditFilter, type AuditPage } from '../../../services/admin'
import { CallError } from '../../../services/cloud'
import { formatDateTime } from '../../../utils/board'
import { useCareMode } from '../../../hooks/useCareMode'
import './index.css'

/** What the log can be narrowed to: everything, or the entries about one kind of record. */
const kinds: readonly Choice<string>[] = [
  { value: '', label: '全部' },
  { value: 'applications', label: '投递' },
  { value: 'employers', label: '企业认证' },
  { value: 'jobs', label: '岗位' },
  { value: 'reports', label: '举报' },
  { value: 'fairs', label: '招聘会' },
  { value: 'fairSignups', label: '签到' },
  { value: 'matching_runs', label: '政策找企业' },
]

function Entry({ entry }: { entry: AuditEntry }) {
  return (
    <View className='card audit-entry' data-entry={entry.id}>
      <View className='audit-entry__head'>
        <Text className='audit-entry__action'>{entry.actionLabel}</Text>
        <Text className='audit-entry__time'>{formatDateTime(entry.at)}</Text>
      </View>
      <Text className='audit-entry__target'>{entry.target.label ?? entry.target.id}</Text>
      <Text className='audit-entry__actor'>{`${entry.actor.roleLabel} · ${entry.actor.openId}`}</Text>
      {entry.changes.map((c) => (
        <View className='audit-change' key={c.field}>
          <Text className='audit-change__label'>{c.label}</Text>
          <View className='audit-change__values'>
            {c.before !== null && <Text className='audit-change__before'>{c.before}</Text>}
            {c.before !== null && <Text>{' → '}</Text>}
            <Text className='audit-change__after'>{c.after ?? '（空）'}</Text>
          </View>
        </View>
      ))}
      {entry.note && <Text className='audit-entry__note'>{`说明：${entry.note}`}</Text>}
    </View>
  )
}

/** The first page comes from useRemote; later ones are appended as the administrator asks. */
function Log({ first, filter }: { first: AuditPage; filter: AuditFilter }) {
  const [more, setMore] = useState<{ items: AuditEntry[]; cursor: string | null }>({ items: [], cursor: first.nextCursor })
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState('')
  const items = [...first.items, ...more.items]
  const loadMore = async () => {
    if (!more.cursor) return
    setLoading(true)
    setError('')
    try {
      const page = await adminApi.audit(filter, more.cursor)
      setMore((m) => ({ items: [...m.items, ...page.items], cursor: page.nextCursor }))
    } catch (e) {
      setError(e instanceof CallError ? e.message : '加载失败，请重试')
    } finally {
      setLoading(false)
    }
  }
  if (!items.length) return <Text className='muted audit-empty'>还没有记录</Text>
  return (
    <View>
      {items.map((e) => (
        <Entry key={e.id} entry={e} />
      ))}
      {error && <Text className='audit-error'>{error}</Text>}
      {more.cursor ? (
        <Button className='audit-more' disabled={loading} onClick={() => void loadMore()}>
          {loading ? '加载中…' : '加载更多'}
        </Button>
      ) : (
        <Text className='muted audit-empty'>没有更早的记录了</Text>
      )}
    </View>
  )
}

/** 审计日志: every administrator decision and every change of an application's status, the newest first. */
export default function AuditPage() {
  const { pageClass } = useCareMode()
  const { params } = useRouter()
  const [kind, setKind] = useState(params.targetCollection ?? '')
  const filter: AuditFilter = { ...(kind ? { targetCollection: kind } : {}), ...(params.targetId && kind === params.targetCollection ? { targetId: params.targetId } : {}) }
  const key = JSON.stringify(filter)
  const remote = useRemote(() => adminApi.audit(filter), key)
  useReloadOnShow(remote.reload)
  return (
    <View className={pageClass}>
      <ChoiceChips className='audit-filters' options={kinds} value={kind} onChange={setKind} />
      <AsyncView remote={remote}>{(first) => <Log key={key + (first.items[0]?.id ?? '')} first={first} filter={filter} />}</AsyncView>
    </View>
  )
}
