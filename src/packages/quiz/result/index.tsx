import { useMemo, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { AsyncView } from '../../../components/AsyncView'
import { BarChart, type BarItem } from '../../../components/BarChart'
import { NextFair, plansToHire } from '../../../components/NextFair'
import { QuestionField } from '../../../components/QuestionField'
import { SaveFactsToProfile } from '../../../components/SaveFactsToProfile'
import { useRemote } from '../../../hooks/useRemote'
import { CallError } from '../../../services/cloud'
import {
  detailUrl,
  policyApi,
  type EvaluateRequest,
  type EvaluateResponse,
  type EvaluateResult,
  type FactName,
  type FactValue,
  type Question,
  type Totals,
} from '../../../services/policy'
import { formatDateCn, formatYuan } from '../../../utils/format'
import { parseResultState, withFact } from '../../../pages/quiz/logic'
import { useEvaluation } from '../../../pages/quiz/useEvaluation'
import { saveDraft } from '../../../pages/quiz/draft'
import { AUDIENCE_LABELS, RECIPIENT_LABELS, RECIPIENT_ORDER, recipientsShown } from '../../../pages/quiz/labels'
import { savedResults } from '../saved-store'
import { useCareMode } from '../../../hooks/useCareMode'
import './index.css'

/** Measures without money shown before 查看全部. */
const RELEVANT_SHOWN = 5

interface Loaded {
  evaluation: EvaluateResponse
  titles: Record<number, string>
  questions: Question[]
}

const SHARE_DEFAULT = '山西民营企业扶持政策，测一测你能享受哪些'
const shareAmount = (who: string, t: Totals) =>
  t.amount > 0 ? `${who}预计可得约${formatYuan(t.amount)}` : t.amountMax > 0 ? `${who}预计最高可得约${formatYuan(t.amountMax)}` : ''

/**
 * 企业预计可得约¥12,000的民营企业扶持政策: what a shared result says. The enterprise's and the
 * person's money are named apart, and a contest award (paid to the project) is no one's own.
 */
export function resultShareTitle(totals: EvaluateResponse['totals'] | undefined): string {
  if (!totals) return SHARE_DEFAULT
  const parts = [shareAmount('企业', totals.enterprise), shareAmount('个人', totals.individual)].filter(Boolean)
  return parts.length ? `${parts.join('，')}的民营企业扶持政策` : SHARE_DEFAULT
}

const goDetail = (id: number) => void Taro.navigateTo({ url: detailUrl(id) })

export default function QuizResultPage() {
  const { pageClass } = useCareMode()
  const { params } = useRouter()
  const request = useMemo(() => parseResultState(params.state), [params.state])
  const remote = useRemote<Loaded>(async () => {
    if (!request) throw new CallError('INVALID_INPUT', '没有可显示的测算，请先在“测算”页回答问题')
    const [evaluation, list, catalogue] = await Promise.all([policyApi.evaluate(request), policyApi.list(), policyApi.questions()])
    return { evaluation, titles: Object.fromEntries(list.measures.map((m) => [m.id, m.title])), questions: catalogue.facts }
  }, params.state ?? '')

  useShareAppMessage(() => ({ title: resultShareTitle(remote.data?.evaluation.totals), path: '/pages/quiz/index' }))

  return (
    <View className={`${pageClass} result-page`}>
      <AsyncView remote={remote} loadingText='正在测算…'>
        {(data) => request && <ResultView request={request} {...data} />}
      </AsyncView>
    </View>
  )
}

interface ResultViewProps extends Loaded {
  request: EvaluateRequest
}

function ResultView({ request, evaluation, titles, questions }: ResultViewProps) {
  const [saved, setSaved] = useState(false)
  const [showIneligible, setShowIneligible] = useState(false)
  const [showAllRelevant, setShowAllRelevant] = useState(false)
  const { results, totals } = evaluation
  const by = (status: EvaluateResult['status']) => results.filter((r) => r.status === status)
  const eligible = by('eligible')
  const needsInfo = by('needs-info')
  const expired = by('expired')
  const ineligible = by('ineligible')
  const relevant = by('relevant')
  const labels = Object.fromEntries(questions.map((q) => [q.name, q.label])) as Record<FactName, string>
  const shown = recipientsShown(request.audience, totals)

  const bars: BarItem[] = eligible
    .filter((r) => (r.amount ?? r.amountMax ?? 0) > 0)
    .map((r) => ({
      key: `${r.measure}/${r.provision}`,
      label: `第${r.measure}条 ${r.title}`,
      value: r.amount ?? r.amountMax ?? 0,
      display: r.amount === undefined ? `最高${formatYuan(r.amountMax ?? 0)}` : formatYuan(r.amount),
      muted: r.amount === undefined,
    }))
  const unpriced = eligible.filter((r) => r.amount === undefined && r.amountMax === undefined)

  const save = () => {
    savedResults.add(request, evaluation)
    setSaved(true)
    void Taro.showToast({ title: '已保存到本机', icon: 'success' })
  }
  const completeInQuiz = () => {
    saveDraft(request)
    void Taro.switchTab({ url: '/pages/quiz/index' })
  }

  const who = request.audience.map((a) => AUDIENCE_LABELS[a]).join('、')
  const sizeLabel = questions.find((q) => q.name === 'sizeClass')?.options?.find((o) => o.value === evaluation.sizeClass)?.label
  const size = sizeLabel ? ` · ${sizeLabel}` : ''
  return (
    <>
      <View className='result-total'>
        {shown.map((r) => (
          <View key={r} className='result-total__line' data-recipient={r}>
            <Text className='result-total__label'>{`${RECIPIENT_LABELS[r]}预计可得`}</Text>
            <Text className='result-total__amount'>{formatYuan(totals[r].amount)}</Text>
            {totals[r].amountMax > totals[r].amount && (
              <Text className='result-total__max'>{`最高 ${formatYuan(totals[r].amountMax)}（含按上限计的项目）`}</Text>
            )}
          </View>
        ))}
        <Text className='result-total__meta'>按您填写的情况测算；各项所列待核实的条件，以人社部门审核为准</Text>
        <Text className='result-total__meta'>{`按${formatDateCn(evaluation.asOf)}施行的政策 · ${who}${size}`}</Text>
        <Text className='result-total__meta'>
          {[`${eligible.length} 项符合`, needsInfo.length && `${needsInfo.length} 项待补充`, ineligible.length && `${ineligible.length} 项不符合`]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <View className='result-total__actions'>
          <Button className='result-total__btn' size='mini' onClick={save} disabled={saved}>
            {saved ? '已保存' : '保存结果'}
          </Button>
          {process.env.TARO_ENV === 'weapp' && (
            <Button className='result-total__btn' size='mini' openType='share'>
              分享给朋友
            </Button>
          )}
          <Button className='result-total__btn' size='mini' onClick={() => void Taro.navigateTo({ url: '/packages/quiz/saved/index' })}>
            我保存的测算
          </Button>
        </View>
      </View>

      {request.audience.includes('enterprise') && plansToHire(request.facts) && <NextFair />}

      {eligible.length > 0 && (
        <View className='card'>
          <Text className='result-heading'>各项金额</Text>
          <BarChart items={bars} emptyText='符合条件的项目均按当地规定给予，暂无固定金额' />
          {unpriced.length > 0 && (
            <Text className='result-note'>{`另有 ${unpriced.map((r) => r.title).join('、')} 按规定给予，金额以当地标准为准`}</Text>
          )}
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
              <Text className='result-item__amount'>
                {r.amount !== undefined ? formatYuan(r.amount) : r.amountMax !== undefined ? `最高${formatYuan(r.amountMax)}` : '按规定'}
              </Text>
              {r.recipient && (shown.length > 1 || r.recipient === 'project') && (
                <Text className='result-item__recipient'>{`${RECIPIENT_LABELS[r.recipient]}所得`}</Text>
              )}
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
            <Text className='link result-link' onClick={() => goDetail(r.measure)}>
              查看条款 ›
            </Text>
          </View>
        </View>
      ))}

      {eligible.length > 0 && <Checklist evaluation={evaluation} titles={titles} />}

      {needsInfo.length > 0 && (
        <>
          <Text className='section-title'>{`还需补充（${needsInfo.length}）`}</Text>
          <View className='card'>
            {needsInfo.map((r) => (
              <View key={`${r.measure}/${r.provision}`} className='result-row'>
                <Text className='result-row__title'>{`${r.title}（第${r.measure}条）`}</Text>
                <Text className='result-row__text'>{`还需：${(r.missing ?? []).map((f) => labels[f] ?? f).join('、')}`}</Text>
              </View>
            ))}
            <Button className='result-more' size='mini' onClick={completeInQuiz}>
              回到测算页补充
            </Button>
          </View>
        </>
      )}

      <WhatIf request={request} evaluation={evaluation} questions={questions} />

      <SaveFactsToProfile facts={request.facts} />

      {relevant.length > 0 && (
        <>
          <Text className='section-title'>{`其他与您相关的政策（${relevant.length}）`}</Text>
          <View className='card'>
            {(showAllRelevant ? relevant : relevant.slice(0, RELEVANT_SHOWN)).map((r) => (
              <View key={r.measure} className='result-row' onClick={() => goDetail(r.measure)}>
                <View className='result-row__line'>
                  <Text className='result-row__title'>{`第${r.measure}条 ${titles[r.measure] ?? ''}`}</Text>
                  <Text className='link result-link'>›</Text>
                </View>
                {r.reasons.map((reason) => (
                  <Text key={reason} className='result-row__text'>
                    {reason}
                  </Text>
                ))}
              </View>
            ))}
            {relevant.length > RELEVANT_SHOWN && (
              <Text className='link result-show-all' onClick={() => setShowAllRelevant(!showAllRelevant)}>
                {showAllRelevant ? '收起 ▲' : `查看全部 ${relevant.length} 条 ▼`}
              </Text>
            )}
          </View>
        </>
      )}

      {expired.length > 0 && (
        <>
          <Text className='section-title'>{`已到期（${expired.length}）`}</Text>
          <View className='card'>
            {expired.map((r) => (
              <View key={`${r.measure}/${r.provision}`} className='result-row' onClick={() => goDetail(r.measure)}>
                <View className='result-row__line'>
                  <Text className='result-row__title'>{`${r.title}（第${r.measure}条）`}</Text>
                  {r.endedOn && <Text className='result-ended'>{`${formatDateCn(r.endedOn)}到期`}</Text>}
                </View>
                {r.reasons.map((reason) => (
                  <Text key={reason} className='result-row__text'>
                    {reason}
                  </Text>
                ))}
              </View>
            ))}
          </View>
        </>
      )}

      {ineligible.length > 0 && (
        <>
          <View className='result-collapse' onClick={() => setShowIneligible(!showIneligible)}>
            <Text>{`不符合条件（${ineligible.length}）`}</Text>
            <Text className='result-collapse__toggle'>{showIneligible ? '收起 ▲' : '展开 ▼'}</Text>
          </View>
          {showIneligible && (
            <View className='card'>
              {ineligible.map((r) => (
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
      )}

      <Text className='result-disclaimer'>
        测算依据山西省人社厅《关于加强人力资源服务支持民营经济发展的通知》，仅供参考；实际以当地人社部门审核为准。
      </Text>
    </>
  )
}

/** What to prepare for the eligible provisions (each document once), and measure 23's relief when the rules say it applies. */
function Checklist({ evaluation, titles }: { evaluation: EvaluateResponse; titles: Record<number, string> }) {
  const docs = [...new Set(evaluation.results.flatMap((r) => (r.status === 'eligible' ? r.documents ?? [] : [])))]
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
        <View className='result-relief' onClick={() => goDetail(23)}>
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

interface WhatIfProps {
  request: EvaluateRequest
  evaluation: EvaluateResponse
  questions: Question[]
}

/** Change one answered fact and compare the totals, each recipient's apart. */
function WhatIf({ request, evaluation, questions }: WhatIfProps) {
  const answered = questions.filter((q) => request.facts[q.name] !== undefined)
  const [fact, setFact] = useState<FactName | undefined>(undefined)
  const [value, setValue] = useState<FactValue | undefined>(undefined)
  const original = fact ? request.facts[fact] : undefined
  const changed = fact !== undefined && value !== undefined && value !== original
  const whatIf = useEvaluation(changed ? { ...request, facts: withFact(request.facts, fact, value) } : null)
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
