import { useEffect, useMemo, useRef, useState } from 'react'
import { Button, Picker, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useShareAppMessage } from '@tarojs/taro'
import { AsyncView } from '../../components/AsyncView'
import { ProgressBar } from '../../components/ProgressBar'
import { QuestionField } from '../../components/QuestionField'
import { useRemote } from '../../hooks/useRemote'
import { policyApi, type Audience, type EvaluateRequest, type FactName, type Facts, type Question } from '../../services/policy'
import { formatDateCn, formatYuan } from '../../utils/format'
import { todayInShanghai } from '../../../cloudfunctions/_shared/catalog/time'
import { AUDIENCE_ORDER, quizProgress, resultUrl, visibleQuestions, withFact } from './logic'
import { useEvaluation } from './useEvaluation'
import { loadDraft, saveDraft } from './draft'
import { RECIPIENT_LABELS, recipientsShown } from './labels'
import { useCareMode } from '../../hooks/useCareMode'
import './index.css'

const AUDIENCE_CARDS: { value: Audience; title: string; sub: string }[] = [
  { value: 'enterprise', title: '我是企业', sub: '吸纳就业、培训、见习等补贴' },
  { value: 'individual', title: '我是个人', sub: '技能提升、技能奖励、创业补贴' },
]

export default function QuizPage() {
  const { pageClass } = useCareMode()
  const [draft] = useState(loadDraft)
  const [audience, setAudience] = useState<Audience[]>(draft.audience)
  const [facts, setFacts] = useState<Facts>(draft.facts)
  const today = todayInShanghai()
  const [asOf, setAsOf] = useState(today)

  useEffect(() => {
    saveDraft({ audience, facts })
  }, [audience, facts])
  // The result page may hand back a quiz to complete (回到测算页补充): pick it up when shown.
  const current = useRef(JSON.stringify({ audience, facts }))
  current.current = JSON.stringify({ audience, facts })
  useDidShow(() => {
    const stored = loadDraft()
    if (JSON.stringify(stored) === current.current) return
    setAudience(stored.audience)
    setFacts(stored.facts)
  })

  const catalogue = useRemote(() => policyApi.questions(), 'questions')
  const request: EvaluateRequest | null = audience.length ? { facts, audience, asOf } : null
  const evaluation = useEvaluation(request)

  useShareAppMessage(() => ({ title: '晋企通 · 测一测你能享受哪些民营企业扶持政策', path: '/pages/quiz/index' }))

  const toggleAudience = (a: Audience) =>
    setAudience((current) => AUDIENCE_ORDER.filter((x) => (x === a ? !current.includes(a) : current.includes(x))))
  const answer = (name: FactName, value: Facts[FactName] | undefined) => setFacts((f) => withFact(f, name, value))
  const restart = () => setFacts({})

  return (
    <View className={`${pageClass} quiz-page`}>
      <View className='quiz-intro'>
        <Text className='quiz-intro__title'>测一测能享受哪些扶持</Text>
        <Text className='quiz-intro__text'>按《通知》26条逐条测算可得金额和依据；只问与结果有关的问题，信息只保存在本机。</Text>
      </View>

      <Text className='section-title'>我是（可多选）</Text>
      <View className='quiz-audience'>
        {AUDIENCE_CARDS.map((card) => {
          const on = audience.includes(card.value)
          return (
            <View
              key={card.value}
              className={`quiz-audience__card ${on ? 'quiz-audience__card--on' : ''}`}
              onClick={() => toggleAudience(card.value)}
            >
              <Text className='quiz-audience__check'>{on ? '✓' : ''}</Text>
              <Text className='quiz-audience__title'>{card.title}</Text>
              <Text className='quiz-audience__sub'>{card.sub}</Text>
            </View>
          )
        })}
      </View>

      <Picker mode='date' value={asOf} start='2021-01-01' end='2030-12-31' onChange={(e) => setAsOf(String(e.detail.value))}>
        <View className='quiz-date'>
          <Text className='quiz-date__label'>按某日政策测算</Text>
          <Text className='quiz-date__value'>{`${formatDateCn(asOf)}${asOf === today ? '（今天）' : ''} ›`}</Text>
        </View>
      </Picker>
      {asOf !== today && (
        <Text className='link quiz-date__reset' onClick={() => setAsOf(today)}>
          恢复为今天
        </Text>
      )}

      {audience.length === 0 ? (
        <View className='card quiz-start'>
          <Text className='muted'>先选择“我是企业”或“我是个人”，创业者可以两项都选。</Text>
        </View>
      ) : (
        <AsyncView remote={catalogue} loadingText='正在准备问题…'>
          {({ facts: questions }) => (
            <QuizQuestions
              audience={audience}
              questions={questions}
              facts={facts}
              evaluation={evaluation}
              onAnswer={answer}
              onRestart={restart}
              onResult={() => request && void Taro.navigateTo({ url: resultUrl(request) })}
            />
          )}
        </AsyncView>
      )}
    </View>
  )
}

interface QuizQuestionsProps {
  audience: Audience[]
  questions: Question[]
  facts: Facts
  evaluation: ReturnType<typeof useEvaluation>
  onAnswer: (name: FactName, value: Facts[FactName] | undefined) => void
  onRestart: () => void
  onResult: () => void
}

function QuizQuestions({ audience, questions, facts, evaluation, onAnswer, onRestart, onResult }: QuizQuestionsProps) {
  const { data } = evaluation
  const visible = useMemo(() => visibleQuestions(questions, facts, data), [questions, facts, data])
  const { answered, remaining } = quizProgress(facts, data)
  if (!data) {
    return evaluation.error ? (
      <View className='card quiz-start'>
        <Text className='quiz-error'>{evaluation.error.message}</Text>
        <Button size='mini' onClick={evaluation.retry}>
          重试
        </Button>
      </View>
    ) : (
      <View className='card quiz-start'>
        <Text className='muted'>正在准备问题…</Text>
      </View>
    )
  }
  const eligible = data.results.filter((r) => r.status === 'eligible').length
  const pending = data.results.filter((r) => r.status === 'needs-info').length
  return (
    <>
      <View className='card quiz-questions'>
        <ProgressBar
          value={answered}
          max={answered + remaining}
          label={remaining === 0 ? `已回答 ${answered} 题，可以查看结果了` : `已回答 ${answered} 题，还有 ${remaining} 题`}
          className='quiz-progress'
        />
        {visible.length === 0 ? (
          <Text className='muted'>没有需要回答的问题了。</Text>
        ) : (
          <View>
            {visible.map(({ question, needed }) => (
              <QuestionField
                key={question.name}
                question={question}
                value={facts[question.name]}
                needed={needed}
                onChange={(value) => onAnswer(question.name, value)}
              />
            ))}
          </View>
        )}
      </View>

      <View className='quiz-summary'>
        <View className='quiz-summary__numbers'>
          {recipientsShown(audience, data.totals).map((r) => (
            <View key={r} className='quiz-summary__line' data-recipient={r}>
              <Text className='quiz-summary__label'>{`${RECIPIENT_LABELS[r]}预计可得`}</Text>
              <Text className={`quiz-summary__total ${evaluation.loading ? 'quiz-summary__total--stale' : ''}`}>
                {formatYuan(data.totals[r].amount)}
              </Text>
              {data.totals[r].amountMax > data.totals[r].amount && (
                <Text className='quiz-summary__max'>{`最高 ${formatYuan(data.totals[r].amountMax)}`}</Text>
              )}
            </View>
          ))}
          <Text className='quiz-summary__meta'>{`${eligible} 项符合${pending ? ` · ${pending} 项待补充` : ''}`}</Text>
        </View>
        <Button className='btn-primary quiz-summary__go' onClick={onResult}>
          查看测算结果
        </Button>
      </View>
      {evaluation.error && <Text className='quiz-error'>{`${evaluation.error.message}（显示的是上一次的结果）`}</Text>}

      <View className='quiz-links'>
        <Text className='link quiz-link' onClick={() => void Taro.navigateTo({ url: '/packages/quiz/saved/index' })}>
          我保存的测算
        </Text>
        <Text className='link quiz-link' onClick={onRestart}>
          清空答案
        </Text>
      </View>
    </>
  )
}
