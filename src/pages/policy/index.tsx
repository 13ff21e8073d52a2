import { useEffect, useMemo, useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { AsyncView } from '../../components/AsyncView'
import { MeasureCard } from '../../components/MeasureCard'
import { useRemote } from '../../hooks/useRemote'
import { favourites, policyApi, type Audience, type ListParams, type MeasureSummary } from '../../services/policy'
import { useCareMode } from '../../hooks/useCareMode'
import './index.css'

interface SectionGroup {
  key: string
  title: string
  measures: MeasureSummary[]
}
interface PartGroup {
  key: string
  title: string
  sections: SectionGroup[]
}

/** The measures under their part (一、…) and section (（一）…) headings, in the notice's order. */
export function groupByPart(measures: MeasureSummary[]): PartGroup[] {
  const parts: PartGroup[] = []
  for (const m of measures) {
    let part = parts[parts.length - 1]
    if (!part || part.key !== m.part.no) {
      part = { key: m.part.no, title: `${m.part.no}、${m.part.title}`, sections: [] }
      parts.push(part)
    }
    let section = part.sections[part.sections.length - 1]
    if (!section || section.key !== m.section.no) {
      section = { key: m.section.no, title: `${m.section.no}${m.section.title}`, measures: [] }
      part.sections.push(section)
    }
    section.measures.push(m)
  }
  return parts
}

const AUDIENCE_CHIPS: { value: Audience; label: string }[] = [
  { value: 'enterprise', label: '企业' },
  { value: 'individual', label: '个人' },
]

export default function PolicyPage() {
  const { pageClass } = useCareMode()
  const [input, setInput] = useState('')
  const [q, setQ] = useState('')
  const [audience, setAudience] = useState<Audience | undefined>(undefined)
  const [money, setMoney] = useState(false)
  const [onlyFavourites, setOnlyFavourites] = useState(false)
  const [favs, setFavs] = useState<number[]>(() => favourites.all())
  useDidShow(() => setFavs(favourites.all()))

  // Search as the user types, once they pause.
  useEffect(() => {
    const timer = setTimeout(() => setQ(input.trim()), 250)
    return () => clearTimeout(timer)
  }, [input])

  const params: ListParams = { ...(q ? { q } : {}), ...(audience ? { audience } : {}), ...(money ? { money: true } : {}) }
  const remote = useRemote(() => policyApi.list(params), JSON.stringify(params))
  const filtered = onlyFavourites || audience !== undefined || money || q !== ''

  const clear = () => {
    setInput('')
    setQ('')
    setAudience(undefined)
    setMoney(false)
    setOnlyFavourites(false)
  }

  return (
    <View className={`${pageClass} policy-page`}>
      <View className='policy-hero'>
        <Text className='policy-hero__title'>《关于加强人力资源服务支持民营经济发展的通知》</Text>
        <Text className='policy-hero__meta'>山西省人力资源和社会保障厅 · 2021年11月 · 26条措施</Text>
      </View>

      <View className='policy-search'>
        <Input
          className='policy-search__input'
          value={input}
          maxlength={50}
          confirmType='search'
          placeholder='搜索标题、内容或标签，如“见习”'
          onInput={(e) => setInput(e.detail.value)}
        />
        {input !== '' && (
          <Text className='link policy-search__clear' onClick={() => setInput('')}>
            ×
          </Text>
        )}
      </View>

      <View className='policy-filters'>
        {AUDIENCE_CHIPS.map((chip) => (
          <View
            key={chip.value}
            className={`chip ${audience === chip.value ? 'chip--active' : ''}`}
            onClick={() => setAudience(audience === chip.value ? undefined : chip.value)}
          >
            {chip.label}
          </View>
        ))}
        <View className={`chip ${money ? 'chip--active' : ''}`} onClick={() => setMoney(!money)}>
          有资金补贴
        </View>
        <View className={`chip ${onlyFavourites ? 'chip--active' : ''}`} onClick={() => setOnlyFavourites(!onlyFavourites)}>
          {`我的收藏${favs.length ? ` ${favs.length}` : ''}`}
        </View>
      </View>

      <AsyncView remote={remote}>
        {({ measures }) => (
          <PolicyList
            measures={onlyFavourites ? measures.filter((m) => favs.includes(m.id)) : measures}
            favs={favs}
            filtered={filtered}
            onlyFavourites={onlyFavourites}
            searching={remote.loading}
            onClear={clear}
          />
        )}
      </AsyncView>
    </View>
  )
}

interface PolicyListProps {
  measures: MeasureSummary[]
  favs: number[]
  filtered: boolean
  onlyFavourites: boolean
  searching: boolean
  onClear: () => void
}

function PolicyList({ measures, favs, filtered, onlyFavourites, searching, onClear }: PolicyListProps) {
  const parts = useMemo(() => groupByPart(measures), [measures])
  const count = filtered ? `找到 ${measures.length} 条` : `共 ${measures.length} 条`
  if (measures.length === 0) {
    return (
      <View className='policy-empty'>
        <Text className='policy-empty__title'>{onlyFavourites ? '没有符合条件的收藏' : '没有找到相关条款'}</Text>
        <Text className='policy-empty__hint'>
          {onlyFavourites ? '在条款详情页点“☆ 收藏”，常用条款就会出现在这里' : '换个关键词试试，或清除筛选条件'}
        </Text>
        <View className='chip chip--active policy-empty__clear' onClick={onClear}>
          清除筛选
        </View>
      </View>
    )
  }
  return (
    <View className='policy-list'>
      <Text className='policy-count'>{`${count}${searching ? ' · 搜索中…' : ''}`}</Text>
      {parts.map((part) => (
        <View key={part.key} className='policy-part'>
          <Text className='policy-part__title'>{part.title}</Text>
          {part.sections.map((section) => (
            <View key={section.key} className='policy-section'>
              <Text className='policy-section__title'>{section.title}</Text>
              {section.measures.map((m) => (
                <MeasureCard key={m.id} measure={m} favourite={favs.includes(m.id)} />
              ))}
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
