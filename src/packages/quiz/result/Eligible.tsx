import { Text, View } from '@tarojs/components'
import { BarChart } from '../../../components/BarChart'
import type { EvaluateResult, Recipient } from '../../../services/policy'
import { RECIPIENT_LABELS } from '../../../pages/quiz/labels'
import { amountBars, amountLabel } from './decisions'

interface EligibleProps {
  eligible: EvaluateResult[]
  titles: Record<number, string>
  /** the recipients the page shows; with several, each amount says whose it is */
  recipients: Recipient[]
  onDetail: (measure: number) => void
}

/** 各项金额 as bars, then one card per eligible provision: amount, what is still verified, working, reasons, citation. */
export function Eligible({ eligible, titles, recipients, onDetail }: EligibleProps) {
  const unpriced = eligible.filter((r) => r.amount === undefined && r.amountMax === undefined)
  return (
    <>
      {eligible.length > 0 && (
        <View className='card'>
          <Text className='result-heading'>各项金额</Text>
          <BarChart items={amountBars(eligible)} emptyText='符合条件的项目均按当地规定给予，暂无固定金额' />
          {unpriced.length > 0 && <Text className='result-note'>{`另有 ${unpriced.map((r) => r.title).join('、')} 按规定给予，金额以当地标准为准`}</Text>}
        </View>
      )}
      <Text className='section-title'>{eligible.length ? `可以申请（${eligible.length}）` : '暂无可以申请的补贴'}</Text>
      {eligible.length === 0 && (
        <View className='card'>
          <Text className='muted'>根据目前的回答，还没有确定符合条件的资金补贴。补充“还需补充”中的信息后可能会有变化。</Text>
        </View>
      )}
      {eligible.map((r) => (
        <View key={`${r.measure}/${r.provision}`} className='card result-item' data-provision={`${r.measure}/${r.provision}`}>
          <View className='result-item__head'>
            <View className='result-item__titles'>
              <Text className='result-item__title'>{r.title}</Text>
              <Text className='result-item__measure'>{`第${r.measure}条 ${titles[r.measure] ?? ''}`}</Text>
            </View>
            <View className='result-item__money'>
              <Text className='result-item__amount'>{amountLabel(r)}</Text>
              {r.recipient && (recipients.length > 1 || r.recipient === 'project') && <Text className='result-item__recipient'>{`${RECIPIENT_LABELS[r.recipient]}所得`}</Text>}
            </View>
          </View>
          {r.toVerify && (
            <View className='result-verify'>
              <Text className='result-verify__title'>待人社部门核实</Text>
              {r.toVerify.map((condition) => (
                <Text key={condition} className='result-verify__item'>{`· ${condition}`}</Text>
              ))}
            </View>
          )}
          {r.working && <Text className='result-item__working'>{r.working}</Text>}
          <View className='result-reasons'>
            {r.reasons.map((reason) => (
              <Text key={reason} className='result-reasons__item'>{`✓ ${reason}`}</Text>
            ))}
          </View>
          <View className='result-item__foot'>
            <Text className='result-citation'>{`依据：${r.citation}`}</Text>
            <Text className='link result-link' onClick={() => onDetail(r.measure)}>
              查看条款 ›
            </Text>
          </View>
        </View>
      ))}
    </>
  )
}
