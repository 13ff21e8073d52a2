import { useEffect, useRef, useState } from 'react'
import { Button, Picker, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useShareAppMessage } from '@tarojs/taro'
import { AsyncView } from '../../components/AsyncView'
import { ProgressBar } from '../../components/ProgressBar'
import { QuestionField } from '../../components/QuestionField'
import { useRemote } from '../../hooks/useRemote'
import { policyApi, type Audience, type FactName, type Facts, type Question, type QuizRequest, type QuizResponse, type Screen, type ScreenAnswers } from '../../services/policy'
import { formatDateCn, formatYuan } from '../../utils/format'
import { todayInShanghai } from '../../../cloudfunctions/_shared/catalog/time'
import { answerScreen, AUDIENCE_ORDER, resultUrl, withFact } from './logic'
import { useEvaluation, type Evaluation } from './useEvaluation'
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
  const [screens, setScreens] = useState<ScreenAnswers>(draft.screens ?? {})
  const [focus, setFocus] = useState(draft.focus)
  const today = todayInShanghai()
  const [asOf, setAsOf] = useState(today)

  useEffect(() => {
    saveDraft({ audience, facts, screens, focus })
  }, [audience, facts, screens, focus])
  // The result page may hand back a quiz to complete (回到测算页补充), a measure may focus it: pick it up when shown.
  const current = useRef('')
  current.current = JSON.stringify({ audience, facts, screens, focus })
  useDidShow(() => {
    const stored = loadDraft()
    if (JSON.stringify({ ...stored, screens: stored.screens ?? {} }) === current.current) return
    setAudience(stored.audience)
    setFacts(stored.facts)
    setScreens(stored.screens ?? {})
    setFocus(stored.focus)
  })

  const catalogue = useRemote(() => policyApi.questions(), 'questions')
  const request: QuizRequest | null = audience.length ? { facts, audience, asOf, screens, ...(focus ? { focus } : {}) } : null
  const evaluation = useEvaluation(request, policyApi.quiz)

  useShareAppMessage(() => ({ title: '晋企通 · 测一测你能享受哪些民营企业扶持政策', path: '/pages/quiz/index' }))

  const toggleAudience = (a: Audience) =>
    setAudience((current) => AUDIENCE_ORDER.filter((x) => (x === a ? !current.includes(a) : current.includes(x))))
  const answer = (name: FactName, value: Facts[FactName] | undefined) => setFacts((f) => withFact(f, name, value))
  const screen = (s: Screen, value: boolean | undefined) => {
    const next = answerScreen({ facts, screens }, s, value)
    setFacts(next.facts)
    setScreens(next.screens)
  }
  const restart = () => {
    setFacts({})
    setScreens({})
  }

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
          {(catalogue) => (
            <QuizQuestions
              catalogue={catalogue}
              audience={audience}
              facts={facts}
              focus={focus}
              evaluation={evaluation}
              onAnswer={answer}
              onScreen={screen}
              onWiden={() => setFocus(undefined)}
              onRestart={restart}
              onResult={() => void Taro.navigateTo({ url: resultUrl({ facts, audience, asOf }) })}
            />
          )}
        </AsyncView>
      )}
    </View>
  )
}

interface QuizQuestionsProps {
  catalogue: { facts: Question[]; screens: Screen[] }
  audience: Audience[]
  facts: Facts
  focus: number | undefined
  evaluation: Evaluation<QuizRequest, QuizResponse>
  onAnswer: (name: FactName, value: Facts[FactName] | undefined) => void
  onScreen: (screen: Screen, value: boolean | undefined) => void
  onWiden: () => void
  onRestart: () => void
  onResult: () => void
}

/** A screening question: 是 or 否, tapped again to clear. */
function ScreenField({ screen, answer, onChange }: { screen: Screen; answer: boolean | undefined; onChange: (v: boolean | undefined) => void }) {
  return (
    <View className='question' data-screen={screen.name}>
      <View className='question__head'>
        <Text className='question__label'>{screen.label}</Text>
        {answer === undefined && <Text className='question__needed'>待填</Text>}
      </View>
      <View className='question__options'>
        {[true, false].map((v) => (
          <View key={String(v)} className={`chip ${answer === v ? 'chip--active' : ''}`} onClick={() => onChange(answer === v ? undefined : v)}>
            {v ? '是' : '否'}
          </View>
        ))}
      </View>
    </View>
  )
}

function QuizQuestions({ catalogue, audience, facts, focus, evaluation, onAnswer, onScreen, onWiden, onRestart, onResult }: QuizQuestionsProps) {
  const { data } = evaluation
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
  const { step } = data
  const { answered, remaining } = step
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
        {focus !== undefined && (
          <Text className='quiz-date__reset' onClick={onWiden}>
            {`只测算第${focus}条 · 测算全部`}
          </Text>
        )}
        {step.screens.map(({ name, answer }) => {
          const screen = catalogue.screens.find((s) => s.name === name) as Screen
          return <ScreenField key={name} screen={screen} answer={answer ?? undefined} onChange={(v) => onScreen(screen, v)} />
        })}
        {step.questions.length + step.screens.length === 0 ? (
          <Text className='muted'>没有需要回答的问题了。</Text>
        ) : (
          <View>
            {step.questions.map(({ name, needed }) => (
              <QuestionField key={name} question={catalogue.facts.find((q) => q.name === name) as Question} value={facts[name]} needed={needed} onChange={(value) => onAnswer(name, value)} />
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
