import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { formatDateCn, formatYuan, inShanghai } from '../../../utils/format'
import { resultUrl } from '../../../pages/quiz/logic'
import { AUDIENCE_LABELS, RECIPIENT_LABELS, recipientsShown } from '../../../pages/quiz/labels'
import { savedResults, type SavedResult } from '../saved-store'
import type { Totals } from '../../../services/policy'
import { useCareMode } from '../../../hooks/useCareMode'
import { todayInShanghai } from '../../../../cloudfunctions/_shared/catalog/time'
import { defaultScenarioName } from '../result/decisions'
import './index.css'

/** When a result was saved, in Shanghai time: 2026年11月28日 12:30. */
export const savedAtLabel = (iso: string) => inShanghai(iso).format('YYYY年M月D日 HH:mm')

/** What a saved result came to, each recipient's apart (results saved before totals were kept apart: the one total). */
const amountsOf = ({ totals, total, request }: SavedResult): { who: string; t: Totals }[] =>
  totals ? recipientsShown(request.audience, totals).map((r) => ({ who: `${RECIPIENT_LABELS[r]}预计可得`, t: totals[r] })) : [{ who: '', t: total }]

export default function SavedResultsPage() {
  const { pageClass } = useCareMode()
  const [items, setItems] = useState<SavedResult[]>(() => savedResults.all())
  useDidShow(() => setItems(savedResults.all()))

  const remove = (id: string) => {
    savedResults.remove(id)
    setItems(savedResults.all())
  }

  if (items.length === 0) {
    return (
      <View className={`${pageClass} saved-page saved-empty`}>
        <Text className='saved-empty__title'>还没有保存的测算</Text>
        <Text className='muted'>在测算结果页点“保存结果”，就能在这里随时查看。</Text>
      </View>
    )
  }
  return (
    <View className={`${pageClass} saved-page`}>
      <Text className='section-title'>{`共 ${items.length} 条，仅保存在本机`}</Text>
      {items.map((item) => (
        <View key={item.id} className='card saved-item' onClick={() => void Taro.navigateTo({ url: resultUrl(item.request) })}>
          <View className='saved-item__main'>
            <Text className='saved-item__name'>{item.name ?? defaultScenarioName(item.request, todayInShanghai())}</Text>
            {amountsOf(item).map(({ who, t }) => (
              <View key={who} className='saved-item__line'>
                {who && <Text className='saved-item__who'>{who}</Text>}
                <Text className='saved-item__total'>{formatYuan(t.amount)}</Text>
                {t.amountMax > t.amount && <Text className='saved-item__max'>{`最高 ${formatYuan(t.amountMax)}`}</Text>}
              </View>
            ))}
            <Text className='saved-item__meta'>
              {`${item.request.audience.map((a) => AUDIENCE_LABELS[a]).join('、')} · ${item.eligible} 项符合${item.request.asOf ? ` · 按${formatDateCn(item.request.asOf)}政策` : ''}`}
            </Text>
            <Text className='saved-item__date'>{`保存于 ${savedAtLabel(item.savedAt)}`}</Text>
          </View>
          <Text
            className='saved-item__remove'
            onClick={(e) => {
              e.stopPropagation()
              remove(item.id)
            }}
          >
            删除
          </Text>
        </View>
      ))}
    </View>
  )
}
