import { Text, View } from '@tarojs/components'
import './index.css'

/** What every seeker should know before meeting an employer; the law behind each point. */
export const SAFETY_TIPS: readonly { title: string; text: string }[] = [
  { title: '求职不交钱', text: '招聘单位不得以任何名义收取押金、培训费、服装费、体检费等费用（《劳动合同法》第九条）。要求先交钱的，请立即举报。' },
  { title: '证件不离身', text: '不要把身份证、毕业证等原件交给招聘单位保管，用人单位不得扣押劳动者证件（《劳动合同法》第九条）。' },
  { title: '入职签合同', text: '用工之日起一个月内应当订立书面劳动合同（《劳动合同法》第十条），试用期包含在合同期限内。' },
  { title: '警惕高薪诱惑', text: '「无需经验日结高薪」「刷单返利」「兼职打字」多为诈骗；面试地点偏僻或临时更换时请结伴前往。' },
  { title: '遇到问题', text: '可在本页举报岗位，或拨打人力资源社会保障服务热线 12333。' },
]

/** 求职安全提示 on a posting's page. */
export function SafetyTips({ className = '' }: { className?: string }) {
  return (
    <View className={`card safety-tips ${className}`}>
      <Text className='card__title safety-tips__title'>求职安全提示</Text>
      {SAFETY_TIPS.map((tip) => (
        <View key={tip.title} className='safety-tips__item'>
          <Text className='safety-tips__head'>{tip.title}</Text>
          <Text className='safety-tips__text'>{tip.text}</Text>
        </View>
      ))}
    </View>
  )
}
