import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useClipboard } from '../../../hooks/useClipboard'
import type { EvaluateRequest, EvaluateResponse, Recipient } from '../../../services/policy'
import { formatDateCn, formatYuan } from '../../../utils/format'
import { todayInShanghai } from '../../../../cloudfunctions/_shared/catalog/time'
import { AUDIENCE_LABELS, RECIPIENT_LABELS } from '../../../pages/quiz/labels'
import { savedResults } from '../saved-store'
import { countsLine, defaultScenarioName, resultLink, type ResultGroups } from './decisions'

interface SummaryProps {
  request: EvaluateRequest
  evaluation: EvaluateResponse
  groups: ResultGroups
  recipients: Recipient[]
  sizeLabel: string | undefined
}

/** The headline: each recipient's expected money, what it rests on, and save (with a name) / share. */
export function Summary({ request, evaluation, groups, recipients, sizeLabel }: SummaryProps) {
  const { totals } = evaluation
  const [name, setName] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const clipboard = useClipboard('复制分享链接')
  const save = () => {
    savedResults.add(request, evaluation, (name ?? '').trim() || defaultScenarioName(request, todayInShanghai()))
    setSaved(true)
    setName(null)
    void Taro.showToast({ title: '已保存到本机', icon: 'success' })
  }
  const share = async () => {
    if (await clipboard.copy(resultLink(`${window.location.origin}${window.location.pathname}`, request))) {
      void Taro.showToast({ title: '链接已复制，含您填写的情况', icon: 'none' })
    }
  }
  const who = request.audience.map((a) => AUDIENCE_LABELS[a]).join('、')
  return (
    <View className='result-total'>
      {recipients.map((r) => (
        <View key={r} className='result-total__line' data-recipient={r}>
          <Text className='result-total__label'>{`${RECIPIENT_LABELS[r]}预计可得`}</Text>
          <Text className='result-total__amount'>{formatYuan(totals[r].amount)}</Text>
          {totals[r].amountMax > totals[r].amount && <Text className='result-total__max'>{`最高 ${formatYuan(totals[r].amountMax)}（含按上限计的项目）`}</Text>}
        </View>
      ))}
      <Text className='result-total__meta'>按您填写的情况测算；各项所列待核实的条件，以人社部门审核为准</Text>
      <Text className='result-total__meta'>{`按${formatDateCn(evaluation.asOf)}施行的政策 · ${who}${sizeLabel ? ` · ${sizeLabel}` : ''}`}</Text>
      <Text className='result-total__meta'>{countsLine(groups)}</Text>
      {name !== null && (
        <View className='result-name'>
          <Input className='result-name__input' value={name} maxlength={30} placeholder='给这次测算起个名字' onInput={(e) => setName(e.detail.value)} />
          <Button className='result-total__btn' size='mini' onClick={save}>
            保存
          </Button>
        </View>
      )}
      <View className='result-total__actions'>
        {name === null && (
          <Button className='result-total__btn' size='mini' onClick={() => setName(defaultScenarioName(request, todayInShanghai()))} disabled={saved}>
            {saved ? '已保存' : '保存结果'}
          </Button>
        )}
        {process.env.TARO_ENV === 'weapp' ? (
          <Button className='result-total__btn' size='mini' openType='share'>
            分享给朋友
          </Button>
        ) : (
          <Button className='result-total__btn' size='mini' onClick={() => void share()}>
            复制分享链接
          </Button>
        )}
        <Button className='result-total__btn' size='mini' onClick={() => void Taro.navigateTo({ url: '/packages/quiz/saved/index' })}>
          我保存的测算
        </Button>
      </View>
      {clipboard.dialog}
    </View>
  )
}
