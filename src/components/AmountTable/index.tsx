import { Text, View } from '@tarojs/components'
import type { AmountRow } from '../../services/policy'
import './index.css'

interface AmountTableProps {
  rows: AmountRow[]
  /** Provision key → its title; rows are grouped under these headings when given. */
  provisionTitles?: Record<string, string>
  className?: string
}

/** A measure's amounts as a two-column table: what, and how much (with the note under it). */
export function AmountTable({ rows, provisionTitles = {}, className = '' }: AmountTableProps) {
  if (rows.length === 0) return null
  return (
    <View className={`amount-table ${className}`}>
      <View className='amount-table__row amount-table__row--head'>
        <Text className='amount-table__label'>项目</Text>
        <Text className='amount-table__value'>标准</Text>
      </View>
      {rows.map((row, index) => {
        const heading = provisionTitles[row.provision]
        const first = index === 0 || rows[index - 1].provision !== row.provision
        const alone = rows.filter((r) => r.provision === row.provision).length === 1
        // A lone row that already names its provision needs no heading.
        const showHeading = heading && first && !(alone && row.label.includes(heading))
        return (
          <View key={`${row.provision}-${row.label}`}>
            {showHeading && <Text className='amount-table__group'>{heading}</Text>}
            <View className='amount-table__row'>
              <View className='amount-table__label'>
                <Text>{row.label}</Text>
                {row.note && <Text className='amount-table__note'>{row.note}</Text>}
              </View>
              <Text className={`amount-table__value ${row.yuan !== undefined ? 'money' : ''}`}>{row.display}</Text>
            </View>
          </View>
        )
      })}
    </View>
  )
}
