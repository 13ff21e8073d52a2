import { View } from '@tarojs/components'
import './index.css'

export interface Choice<V extends string | number> {
  value: V
  label: string
}

interface ChoiceChipsProps<V extends string | number> {
  options: readonly Choice<V>[]
  value: V | undefined
  onChange: (value: V) => void
  className?: string
}

/** Pick one of a few options by tapping a chip (easier on a phone than a picker). */
export function ChoiceChips<V extends string | number>({ options, value, onChange, className = '' }: ChoiceChipsProps<V>) {
  return (
    <View className={`choice-chips ${className}`}>
      {options.map((option) => (
        <View
          key={String(option.value)}
          className={`chip ${option.value === value ? 'chip--active' : ''}`}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </View>
      ))}
    </View>
  )
}
