import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { EvaluateResponse } from '../../../services/policy'
import { checklistDocuments } from './decisions'

/** What to prepare for the eligible provisions (each document once), and measure 23's relief when the rules say it applies. */
export function Checklist({ evaluation, titles, onDetail }: { evaluation: EvaluateResponse; titles: Record<number, string>; onDetail: (measure: number) => void }) {
  const docs = checklistDocuments(evaluation.results)
  const relief = evaluation.results.find((r) => r.measure === 23)
  const [done, setDone] = useState<string[]>([])
  if (docs.length === 0) return null
  const toggle = (doc: string) => setDone((d) => (d.includes(doc) ? d.filter((x) => x !== doc) : [...d, doc]))
  return (
    <View className='card'>
      <Text className='result-heading'>申请材料清单</Text>
      <Text className='result-note result-note--top'>常见材料，具体以当地人社部门要求为准</Text>
      {docs.map((doc) => (
        <View key={doc} className='result-check' onClick={() => toggle(doc)}>
          <Text className={`result-check__box ${done.includes(doc) ? 'result-check__box--on' : ''}`}>{done.includes(doc) ? '✓' : ''}</Text>
          <Text className='result-check__text'>{doc}</Text>
        </View>
      ))}
      {relief && (
        <View className='result-relief' onClick={() => onDetail(23)}>
          <Text className='result-relief__title'>第23条放宽了材料要求</Text>
          {relief.reasons.map((item) => (
            <Text key={item} className='result-relief__item'>{`· ${item}`}</Text>
          ))}
          <Text className='link result-link'>{`依据：第23条 ${titles[23] ?? ''} ›`}</Text>
        </View>
      )}
    </View>
  )
}
