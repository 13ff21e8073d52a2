/**
 * 测算结果, in named parts: the headline (Summary), the eligible amounts (Eligible), what to prepare
 * (Checklist), what is missing, what-if, and the other results (OtherResults). Decisions live in
 * decisions.ts.
 */
import { useMemo } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { AsyncView } from '../../../components/AsyncView'
import { NextFair, plansToHire } from '../../../components/NextFair'
import { SaveFactsToProfile } from '../../../components/SaveFactsToProfile'
import { useRemote } from '../../../hooks/useRemote'
import { CallError } from '../../../services/cloud'
import { detailUrl, policyApi, type EvaluateRequest, type EvaluateResponse, type FactName, type Question } from '../../../services/policy'
import { parseResultState } from '../result-state'
import { loadDraft, saveDraft } from '../../../pages/quiz/draft'
import { recipientsShown } from '../../../pages/quiz/labels'
import { Checklist } from './Checklist'
import { groupResults, resultShareTitle } from './decisions'
import { Eligible } from './Eligible'
import { Expired, Ineligible, NeedsInfo, Relevant } from './OtherResults'
import { Summary } from './Summary'
import { WhatIf } from './WhatIf'
import { useCareMode } from '../../../hooks/useCareMode'
import './index.css'

interface Loaded {
  evaluation: EvaluateResponse
  titles: Record<number, string>
  questions: Question[]
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

function ResultView({ request, evaluation, titles, questions }: Loaded & { request: EvaluateRequest }) {
  const groups = groupResults(evaluation.results)
  const labels = Object.fromEntries(questions.map((q) => [q.name, q.label])) as Record<FactName, string>
  const recipients = recipientsShown(request.audience, evaluation.totals)
  const sizeLabel = questions.find((q) => q.name === 'sizeClass')?.options?.find((o) => o.value === evaluation.sizeClass)?.label
  // 回到测算页补充: the quiz takes these answers back, keeping the screening answers it had.
  const completeInQuiz = () => {
    saveDraft({ ...request, screens: loadDraft().screens })
    void Taro.switchTab({ url: '/pages/quiz/index' })
  }
  return (
    <>
      <Summary request={request} evaluation={evaluation} groups={groups} recipients={recipients} sizeLabel={sizeLabel} />
      {request.audience.includes('enterprise') && plansToHire(request.facts) && <NextFair />}
      <Eligible eligible={groups.eligible} titles={titles} recipients={recipients} onDetail={goDetail} />
      {groups.eligible.length > 0 && <Checklist evaluation={evaluation} titles={titles} onDetail={goDetail} />}
      <NeedsInfo results={groups.needsInfo} labels={labels} onComplete={completeInQuiz} />
      <WhatIf request={request} evaluation={evaluation} questions={questions} />
      <SaveFactsToProfile facts={request.facts} />
      <Relevant results={groups.relevant} titles={titles} onDetail={goDetail} />
      <Expired results={groups.expired} onDetail={goDetail} />
      <Ineligible results={groups.ineligible} />
      <Text className='result-disclaimer'>测算依据山西省人社厅《关于加强人力资源服务支持民营经济发展的通知》，仅供参考；实际以当地人社部门审核为准。</Text>
    </>
  )
}
