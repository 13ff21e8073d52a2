/**
 * 企业条件: the facts the rules need, each with the date it was stated. The bureau's
 * matching runs use them; `?dispute=21/hiring` corrects a recommendation that no longer holds.
 */
import { Button, Input, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { AsyncView } from '../../../components/AsyncView'
import { useRemote } from '../../../hooks/useRemote'
import { CallError } from '../../../services/cloud'
import { firmFactsApi, type FactName, type FactRow, type FactValues, type FirmFacts } from '../../../services/matching'
import { formatDateOf, formatWan, wanToYuan } from '../../../utils/jobs'
import { useCareMode } from '../../../hooks/useCareMode'
import './index.css'

type Draft = Record<string, string | number | boolean | null>

/** A stated value as people read it: money like the firm form (1,200万元), counts with their unit. */
const factValue = (fact: FactRow, value: string | number | boolean) =>
  fact.kind === 'money' && typeof value === 'number' ? formatWan(value) : `${String(value)}${fact.unit ?? ''}`

/** What the form holds for a fact: 万元 as typed for money stated in 万元, the value otherwise. */
const draftOf = (f: FactRow): string | number | boolean | null => (f.askInWan && typeof f.value === 'number' ? String(f.value / 10_000) : f.value)

const stated = (f: FactRow) =>
  f.statedAt ? `${f.source === 'profile' ? '企业登记' : '填报'}于${formatDateOf(f.statedAt)}` : '尚未填报'

function FactField({ fact, value, onChange }: { fact: FactRow; value: string | number | boolean | null; onChange: (v: string | number | boolean | null) => void }) {
  const shown = fact.options?.find((o) => o.value === fact.value)?.label ?? (fact.value === null ? '—' : factValue(fact, fact.value))
  return (
    <View className='fact' data-fact={fact.name}>
      <View className='fact__head'>
        <Text className='fact__label'>{fact.label}</Text>
        <Text className='fact__stated'>{stated(fact)}</Text>
      </View>
      {!fact.editable && <Text className='fact__value'>{shown}</Text>}
      {fact.editable && fact.options && (
        <View className='fact__options'>
          {fact.options.map((o) => (
            <View key={String(o.value)} className={`chip ${value === o.value ? 'chip--active' : ''}`} onClick={() => onChange(value === o.value ? null : o.value)}>
              {o.label}
            </View>
          ))}
        </View>
      )}
      {fact.editable && !fact.options && (
        <View className='fact__input-row'>
          <Input
            className='fact__input'
            type={fact.askInWan ? 'digit' : 'number'}
            name={fact.name}
            value={value === null ? '' : String(value)}
            placeholder='未填写'
            onInput={(e) => onChange(e.detail.value === '' ? null : e.detail.value)}
          />
          {fact.unit && <Text className='fact__unit'>{fact.askInWan ? '万元' : fact.unit}</Text>}
        </View>
      )}
      {fact.editable && <Text className='fact__hint'>{fact.hint}</Text>}
    </View>
  )
}

function FactsForm({ data, dispute, onSaved }: { data: FirmFacts; dispute: string | null; onSaved: () => void }) {
  const initial: Draft = Object.fromEntries(data.facts.map((f) => [f.name, draftOf(f)]))
  const [draft, setDraft] = useState<Draft>(initial)
  const [error, setError] = useState('')
  const [saving, setSaving] = useState(false)
  const save = async () => {
    const facts: FactValues = {}
    const clear: FactName[] = []
    for (const f of data.facts) {
      if (!f.editable) continue
      const v = draft[f.name]
      if (v === draftOf(f) || (v !== null && f.value !== null && String(v) === String(draftOf(f)))) continue
      if (v === null) {
        if (f.source === 'stated') clear.push(f.name)
        continue
      }
      if (f.options) facts[f.name] = v
      else if (f.askInWan) {
        const yuan = wanToYuan(String(v))
        if (yuan === undefined) return setError(`「${f.label}」请按万元填写不小于0的数，最多4位小数`)
        facts[f.name] = yuan
      } else {
        const n = Number(v)
        if (!Number.isInteger(n) || n < 0) return setError(`「${f.label}」须为不小于0的整数`)
        facts[f.name] = n
      }
    }
    if (!Object.keys(facts).length && !clear.length) return setError('没有修改任何条件')
    setSaving(true)
    setError('')
    try {
      if (dispute) {
        const [measure, provision] = dispute.split('/')
        await firmFactsApi.disputeMatch(Number(measure), provision, facts, clear)
      } else await firmFactsApi.updateFacts(facts, clear)
      void Taro.showToast({ title: '已保存', icon: 'success' })
      onSaved()
    } catch (e) {
      setError(e instanceof CallError ? e.message : '保存失败，请稍后再试')
    } finally {
      setSaving(false)
    }
  }
  return (
    <View>
      {dispute && (
        <View className='card facts-note'>
          <Text>{`推荐的第${dispute.split('/')[0]}条与实际情况不符？请更正已变化的条件并保存，推荐将按新条件重新比对。`}</Text>
        </View>
      )}
      <View className='card'>
        <Text className='muted'>人社部门定期用这些条件比对政策，主动告诉您可享受的补贴（免申即享）。企业性质、所属行业以认证资料为准。</Text>
        {data.facts.map((f) => (
          <FactField key={f.name} fact={f} value={draft[f.name] ?? null} onChange={(v) => setDraft((d) => ({ ...d, [f.name]: v }))} />
        ))}
      </View>
      {error && <Text className='facts-error'>{error}</Text>}
      <Button className='btn-primary facts-save' loading={saving} disabled={saving} onClick={() => void save()}>
        {dispute ? '更正并保存' : '保存'}
      </Button>
    </View>
  )
}

export default function FactsPage() {
  const { pageClass } = useCareMode()
  const { params } = useRouter()
  const dispute = params.dispute ? decodeURIComponent(params.dispute) : null
  const remote = useRemote(() => firmFactsApi.facts(), 'facts')
  return (
    <View className={pageClass}>
      <AsyncView remote={remote}>{(data) => <FactsForm key={data.version} data={data} dispute={dispute} onSaved={remote.reload} />}</AsyncView>
    </View>
  )
}
