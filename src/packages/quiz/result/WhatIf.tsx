import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { QuestionField } from '../../../components/QuestionField'
import { policyApi, type EvaluateRequest, type EvaluateResponse, type FactName, type FactValue, type Question } from '../../../services/policy'
import { formatYuan } from '../../../utils/format'
import { withFact } from '../../../pages/quiz/logic'
import { useEvaluation } from '../../../pages/quiz/useEvaluation'
import { RECIPIENT_LABELS, RECIPIENT_ORDER, recipientsShown } from '../../../pages/quiz/labels'

interface WhatIfProps {
  request: EvaluateRequest
  evaluation: EvaluateResponse
  questions: Question[]
}

/** Change one answered fact and compare the totals, each recipient's apart. */
export function WhatIf({ request, evaluation, questions }: WhatIfProps) {
  const answered = questions.filter((q) => request.facts[q.name] !== undefined)
  const [fact, setFact] = useState<FactName | undefined>(undefined)
  const [value, setValue] = useState<FactValue | undefined>(undefined)
  const original = fact ? request.facts[fact] : undefined
  const changed = fact !== undefined && value !== undefined && value !== original
  const whatIf = useEvaluation(changed ? { ...request, facts: withFact(request.facts, fact, value) } : null, policyApi.evaluate)
  if (answered.length === 0) return null
  const question = questions.find((q) => q.name === fact)
  const pick = (name: FactName) => {
    setFact(name)
    setValue(request.facts[name])
  }
  const next = whatIf.data?.totals
  // Whoever receives money before or after the change.
  const now = recipientsShown(request.audience, evaluation.totals)
  const shown = next ? RECIPIENT_ORDER.filter((r) => now.includes(r) || recipientsShown(request.audience, next).includes(r)) : []
  return (
    <>
      <Text className='section-title'>如果情况变化</Text>
      <View className='card what-if'>
        <Text className='result-note result-note--top'>选一项已回答的情况，改一改，看看预计可得怎么变</Text>
        <View className='what-if__facts'>
          {answered.map((q) => (
            <View key={q.name} className={`chip ${fact === q.name ? 'chip--active' : ''}`} onClick={() => pick(q.name)}>
              {q.label}
            </View>
          ))}
        </View>
        {question && (
          <QuestionField key={question.name} question={question} value={value} onChange={setValue} className='what-if__field' />
        )}
        {changed && (
          <View className='what-if__outcome'>
            {whatIf.error ? (
              <Text className='quiz-error'>{whatIf.error.message}</Text>
            ) : !next || whatIf.loading ? (
              <Text className='muted'>测算中…</Text>
            ) : (
              shown.map((r) => {
                const diff = next[r].amount - evaluation.totals[r].amount
                return (
                  <View key={r} className='what-if__recipient' data-recipient={r}>
                    <Text className='what-if__line'>
                      {`改后${RECIPIENT_LABELS[r]}预计可得 `}
                      <Text className='what-if__amount'>{formatYuan(next[r].amount)}</Text>
                    </Text>
                    <Text className={`what-if__diff ${diff > 0 ? 'what-if__diff--up' : diff < 0 ? 'what-if__diff--down' : ''}`}>
                      {diff === 0 ? '与现在相同' : `${diff > 0 ? '比现在多' : '比现在少'} ${formatYuan(Math.abs(diff))}`}
                    </Text>
                    {next[r].amountMax !== evaluation.totals[r].amountMax && (
                      <Text className='muted'>{`最高可得由 ${formatYuan(evaluation.totals[r].amountMax)} 变为 ${formatYuan(next[r].amountMax)}`}</Text>
                    )}
                  </View>
                )
              })
            )}
          </View>
        )}
      </View>
    </>
  )
}
