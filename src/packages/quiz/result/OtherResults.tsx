import { useState, type ReactNode } from 'react'
import { Button, Text, View } from '@tarojs/components'
import type { EvaluateResult, FactName } from '../../../services/policy'
import { formatDateCn } from '../../../utils/format'

/** Measures without money shown before 查看全部. */
const RELEVANT_SHOWN = 5

/** One provision as a row that opens its measure: its title, what stands beside it, and why it concerns the person. */
function ResultRow({ title, aside, reasons, onClick }: { title: string; aside: ReactNode; reasons: readonly string[]; onClick: () => void }) {
  return (
    <View className='result-row' onClick={onClick}>
      <View className='result-row__line'>
        <Text className='result-row__title'>{title}</Text>
        {aside}
      </View>
      {reasons.map((reason) => (
        <Text key={reason} className='result-row__text'>
          {reason}
        </Text>
      ))}
    </View>
  )
}

/** 还需补充: each needs-info provision with the facts it lacks, and the way back to the quiz. */
export function NeedsInfo({ results, labels, onComplete }: { results: EvaluateResult[]; labels: Record<FactName, string>; onComplete: () => void }) {
  if (results.length === 0) return null
  return (
    <>
      <Text className='section-title'>{`还需补充（${results.length}）`}</Text>
      <View className='card'>
        {results.map((r) => (
          <View key={`${r.measure}/${r.provision}`} className='result-row'>
            <Text className='result-row__title'>{`${r.title}（第${r.measure}条）`}</Text>
            <Text className='result-row__text'>{`还需：${(r.missing ?? []).map((f) => labels[f] ?? f).join('、')}`}</Text>
          </View>
        ))}
        <Button className='result-more' size='mini' onClick={onComplete}>
          回到测算页补充
        </Button>
      </View>
    </>
  )
}

/** 其他与您相关的政策: measures without money that concern the person, five first. */
export function Relevant({ results, titles, onDetail }: { results: EvaluateResult[]; titles: Record<number, string>; onDetail: (measure: number) => void }) {
  const [all, setAll] = useState(false)
  if (results.length === 0) return null
  return (
    <>
      <Text className='section-title'>{`其他与您相关的政策（${results.length}）`}</Text>
      <View className='card'>
        {(all ? results : results.slice(0, RELEVANT_SHOWN)).map((r) => (
          <ResultRow key={r.measure} title={`第${r.measure}条 ${titles[r.measure] ?? ''}`} aside={<Text className='link result-link'>›</Text>} reasons={r.reasons} onClick={() => onDetail(r.measure)} />
        ))}
        {results.length > RELEVANT_SHOWN && (
          <Text className='link result-show-all' onClick={() => setAll(!all)}>
            {all ? '收起 ▲' : `查看全部 ${results.length} 条 ▼`}
          </Text>
        )}
      </View>
    </>
  )
}

/** 已到期: provisions whose part of the notice has ended, with the day. */
export function Expired({ results, onDetail }: { results: EvaluateResult[]; onDetail: (measure: number) => void }) {
  if (results.length === 0) return null
  return (
    <>
      <Text className='section-title'>{`已到期（${results.length}）`}</Text>
      <View className='card'>
        {results.map((r) => (
          <ResultRow
            key={`${r.measure}/${r.provision}`}
            title={`${r.title}（第${r.measure}条）`}
            aside={r.endedOn && <Text className='result-ended'>{`${formatDateCn(r.endedOn)}到期`}</Text>}
            reasons={r.reasons}
            onClick={() => onDetail(r.measure)}
          />
        ))}
      </View>
    </>
  )
}

/** 不符合条件, collapsed until asked for. */
export function Ineligible({ results }: { results: EvaluateResult[] }) {
  const [open, setOpen] = useState(false)
  if (results.length === 0) return null
  return (
    <>
      <View className='result-collapse' onClick={() => setOpen(!open)}>
        <Text>{`不符合条件（${results.length}）`}</Text>
        <Text className='result-collapse__toggle'>{open ? '收起 ▲' : '展开 ▼'}</Text>
      </View>
      {open && (
        <View className='card'>
          {results.map((r) => (
            <View key={`${r.measure}/${r.provision}`} className='result-row'>
              <Text className='result-row__title'>{`${r.title}（第${r.measure}条）`}</Text>
              {r.reasons.map((reason) => (
                <Text key={reason} className='result-row__text'>{`✗ ${reason}`}</Text>
              ))}
            </View>
          ))}
        </View>
      )}
    </>
  )
}
