import { Text, View } from '@tarojs/components'
import type { MeasureDetail } from '../../../services/policy'

/** What each money provision asks an applicant to prepare, titled when the measure has several. */
function documentsOf(provisions: MeasureDetail['provisions']): { title: string; documents: string[] }[] {
  const withDocs = provisions.flatMap((p) => ('documents' in p && p.documents.length ? [{ title: p.title, documents: [...p.documents] }] : []))
  return withDocs.length > 1 ? withDocs : withDocs.map((p) => ({ ...p, title: '' }))
}

/** 办事指南: who may apply, what to prepare, where and how long — as the notice states it, nothing invented. */
export function ServiceGuide({ guide, provisions }: Pick<MeasureDetail, 'guide' | 'provisions'>) {
  const documents = documentsOf(provisions)
  return (
    <View className='card detail-guide'>
      <Text className='detail-heading'>办事指南</Text>
      {guide.conditions.length > 0 && (
        <View className='detail-guide__item'>
          <Text className='detail-guide__label'>申报条件</Text>
          {guide.conditions.map((c) => (
            <Text key={c} className='detail-guide__text'>{`· ${c}`}</Text>
          ))}
          <Text className='detail-small'>摘自《通知》原文</Text>
        </View>
      )}
      {documents.length > 0 && (
        <View className='detail-guide__item'>
          <Text className='detail-guide__label'>申报材料</Text>
          {documents.map((p) => (
            <View key={p.title}>
              {p.title && <Text className='detail-guide__sub'>{p.title}</Text>}
              {p.documents.map((d) => (
                <Text key={d} className='detail-guide__text'>{`· ${d}`}</Text>
              ))}
            </View>
          ))}
          <Text className='detail-small'>常见材料，具体以当地人社部门要求为准</Text>
        </View>
      )}
      <View className='detail-guide__item'>
        <Text className='detail-guide__label'>受理部门</Text>
        <Text className='detail-guide__text'>{guide.office.name}</Text>
        {!guide.office.named && <Text className='detail-small'>本条未写明受理部门，《通知》要求由其落实</Text>}
      </View>
      <View className='detail-guide__item'>
        <Text className='detail-guide__label'>办理时限</Text>
        <Text className='detail-guide__text'>{guide.timeLimit ?? '《通知》未规定，以当地人社部门告知为准'}</Text>
      </View>
      <View className='detail-guide__item'>
        <Text className='detail-guide__label'>咨询渠道</Text>
        <Text className='detail-guide__text'>{`人力资源社会保障服务热线 ${guide.hotline}`}</Text>
        {guide.channels.map((c) => (
          <Text key={c} className='detail-guide__text'>{c}</Text>
        ))}
      </View>
    </View>
  )
}
