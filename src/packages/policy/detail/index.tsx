import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { AmountTable } from '../../../components/AmountTable'
import { AsyncView } from '../../../components/AsyncView'
import { MeasureCard } from '../../../components/MeasureCard'
import { StatusBadge } from '../../../components/StatusBadge'
import { useRemote } from '../../../hooks/useRemote'
import { CallError } from '../../../services/cloud'
import { detailUrl, favourites, policyApi, type MeasureDetail } from '../../../services/policy'
import { formatDateCn } from '../../../utils/format'
import { useCareMode } from '../../../hooks/useCareMode'
import { loadDraft, saveDraft } from '../../../pages/quiz/draft'
import { amountsCaption, focusedDraft, quizButton } from './decisions'
import { ServiceGuide } from './ServiceGuide'
import './index.css'

const NOTICE = '山西省人力资源和社会保障厅《关于加强人力资源服务支持民营经济发展的通知》（2021年11月）'

/** 第N条 标题: what a shared card says. */
export const shareTitle = (m: Pick<MeasureDetail, 'id' | 'title'>) => `第${m.id}条 ${m.title}`

/** The quiz tab, asking about this measure alone, with the answers already given. */
function openQuiz(m: MeasureDetail) {
  saveDraft(focusedDraft(loadDraft(), m))
  void Taro.switchTab({ url: '/pages/quiz/index' })
}

export default function PolicyDetailPage() {
  const { pageClass } = useCareMode()
  const { params } = useRouter()
  const id = Number(params.id)
  const remote = useRemote(
    () => (Number.isInteger(id) && id >= 1 && id <= 26 ? policyApi.get(id) : Promise.reject(new CallError('NOT_FOUND', '没有找到这一条，《通知》共26条'))),
    `get:${id}`,
  )
  const measure = remote.data?.measure
  const [favourite, setFavourite] = useState(() => favourites.has(id))

  useEffect(() => {
    if (Number.isInteger(id) && id > 0) void Taro.setNavigationBarTitle({ title: `第${id}条` })
  }, [id])

  useShareAppMessage(() => ({
    title: measure ? shareTitle(measure) : `第${id}条`,
    path: detailUrl(id),
  }))
  useShareTimeline(() => ({ title: measure ? shareTitle(measure) : `第${id}条`, query: `id=${id}` }))

  const toggleFavourite = () => {
    const on = favourites.toggle(id)
    setFavourite(on)
    void Taro.showToast({ title: on ? '已收藏' : '已取消收藏', icon: 'none' })
  }

  return (
    <View className={`${pageClass} detail-page`}>
      <AsyncView remote={remote}>
        {({ asOf, measure: m }) => (
          <>
            <View className='card detail-head'>
              <View className='detail-head__row'>
                <Text className='detail-head__no'>{`第${m.id}条`}</Text>
                <StatusBadge status={m.status} />
                <View className={`detail-fav ${favourite ? 'detail-fav--on' : ''}`} onClick={toggleFavourite}>
                  {favourite ? '★ 已收藏' : '☆ 收藏'}
                </View>
              </View>
              <Text className='detail-head__title'>{m.title}</Text>
              <Text className='detail-head__where'>{`${m.part.no}、${m.part.title}`}</Text>
              <Text className='detail-head__where'>{`${m.section.no}${m.section.title}`}</Text>
              {m.statusNote !== '' && <Text className='detail-head__note'>{m.statusNote}</Text>}
            </View>

            <View className='card'>
              <Text className='detail-heading'>通俗解读</Text>
              <Text className='detail-summary'>{m.summary}</Text>
              {quizButton(m) !== 'none' && (
                <Button className={`detail-quiz ${quizButton(m) === 'primary' ? 'btn-primary' : 'detail-quiz--plain'}`} onClick={() => openQuiz(m)}>
                  {quizButton(m) === 'primary' ? '测算我能拿多少' : '按当时标准测算'}
                </Button>
              )}
            </View>

            {m.amounts.length > 0 && (
              <View className='card'>
                <Text className='detail-heading'>补贴标准</Text>
                <AmountTable
                  rows={m.amounts}
                  provisionTitles={m.provisions.length > 1 ? Object.fromEntries(m.provisions.map((p) => [p.key, p.title])) : {}}
                />
                <Text className='detail-small'>{amountsCaption(asOf, m.amountsPeriod)}</Text>
              </View>
            )}

            <ServiceGuide guide={m.guide} provisions={m.provisions} />

            {m.deadlines.length > 0 && (
              <View className='card'>
                <Text className='detail-heading'>执行期限</Text>
                {m.deadlines.map((d) => (
                  <View key={d.what} className='detail-deadline'>
                    <View className='detail-deadline__text'>
                      <Text className='detail-deadline__what'>{d.what}</Text>
                      <Text className='detail-small'>{`${d.expired ? '已于' : '执行至'}${formatDateCn(d.until)}${d.expired ? '到期' : ''}`}</Text>
                    </View>
                    <StatusBadge status={d.expired ? 'expired' : 'in-force'} label={d.expired ? '已到期' : '有效'} />
                  </View>
                ))}
              </View>
            )}

            <View className='card'>
              <Text className='detail-heading'>原文</Text>
              <Text className='detail-text' userSelect>
                {m.text}
              </Text>
              <Text className='detail-citation'>{`出处：${NOTICE}${m.citation}`}</Text>
            </View>

            {m.related.length > 0 && (
              <View className='card'>
                <Text className='detail-heading'>相关条款</Text>
                {m.related.map((r) => (
                  <MeasureCard key={r.id} measure={r} compact />
                ))}
              </View>
            )}
          </>
        )}
      </AsyncView>
    </View>
  )
}
