import { Text, View } from '@tarojs/components'
import type { HiringHint as Hint } from '../../services/employer'
import { formatYuan } from '../../utils/format'
import './index.css'

interface HiringHintProps {
  hint: Hint | null
  /** Shown instead of a hint, e.g. before a headcount is typed. */
  placeholder?: string
  /** One line for lists; the full card (reasons, condition, clause) otherwise. */
  compact?: boolean
  className?: string
}

/** What measure 21 (一次性吸纳就业补助) may bring the firm for filling the posting, as the rules engine says. */
export function HiringHint({ hint, placeholder = '填写招聘人数后显示可申领的吸纳就业补助', compact = false, className = '' }: HiringHintProps) {
  if (!hint) return <Text className={`hiring-hint__placeholder muted ${className}`}>{placeholder}</Text>
  const eligible = hint.status === 'eligible' && hint.amount !== undefined
  if (compact) {
    return (
      <Text className={`hiring-hint--compact ${eligible ? 'hiring-hint--compact-ok' : ''} ${className}`}>
        {eligible ? `第21条补助：招满可申领${formatYuan(hint.amount as number)}` : `第21条补助：${hint.reasons[0] ?? '暂不符合'}`}
      </Text>
    )
  }
  return (
    <View className={`hiring-hint ${eligible ? 'hiring-hint--ok' : 'hiring-hint--no'} ${className}`}>
      <Text className='hiring-hint__title'>第21条 · 一次性吸纳就业补助</Text>
      {eligible ? (
        <View className='hiring-hint__amount-row'>
          <Text className='hiring-hint__lead'>{`招满${hint.newHires}人可申领`}</Text>
          <Text className='hiring-hint__amount money'>{formatYuan(hint.amount as number)}</Text>
        </View>
      ) : (
        <Text className='hiring-hint__lead'>{hint.status === 'needs-info' ? '还需补充企业信息才能测算' : '本岗位暂不符合申领条件'}</Text>
      )}
      {hint.working && <Text className='hiring-hint__working'>{hint.working}</Text>}
      {hint.reasons.map((reason) => (
        <Text key={reason} className='hiring-hint__reason'>{`· ${reason}`}</Text>
      ))}
      {eligible && <Text className='hiring-hint__condition'>{hint.condition}</Text>}
      <Text className='hiring-hint__citation'>{hint.citation}</Text>
    </View>
  )
}
