import { Text, View } from '@tarojs/components'
import type { ComplianceHit } from '../../services/employer'
import './index.css'

interface ComplianceHitsProps {
  hits: ComplianceHit[]
  /** Heading above the list; defaults to how many places need changing. */
  title?: string
  /** A softer look for hits found while typing (nothing was refused yet). */
  tone?: 'blocked' | 'warning'
  className?: string
}

/** The sentence as the firm wrote it, the offending words marked in it. */
function Sentence({ sentence, word }: { sentence: string; word: string }) {
  const at = sentence.indexOf(word)
  return (
    <View className='compliance__sentence'>
      <Text className='compliance__sentence-label'>原句：</Text>
      {at < 0 ? (
        <Text>{sentence}</Text>
      ) : (
        <>
          <Text>{sentence.slice(0, at)}</Text>
          <Text className='compliance__mark'>{word}</Text>
          <Text>{sentence.slice(at + word.length)}</Text>
        </>
      )}
    </View>
  )
}

/**
 * Exactly which words a posting may not contain and why: each hit with the words, where they are,
 * the sentence they are in, how they restrict (限…, …勿扰, …优先), the kind of discrimination or
 * violation, and the law it breaks.
 */
export function ComplianceHits({ hits, title, tone = 'blocked', className = '' }: ComplianceHitsProps) {
  if (hits.length === 0) return null
  return (
    <View className={`compliance compliance--${tone} ${className}`}>
      <Text className='compliance__title'>{title ?? `以下${hits.length}处内容违反招聘相关法律法规，请修改后再提交`}</Text>
      {hits.map((hit, index) => (
        <View key={`${hit.field}-${hit.word}-${hit.category}-${index}`} className='compliance__hit'>
          <View className='compliance__head'>
            <Text className='compliance__word'>{`「${hit.word}」`}</Text>
            <Text className='compliance__category'>{hit.categoryLabel}</Text>
            <Text className='compliance__field'>{`位于：${hit.fieldLabel}`}</Text>
          </View>
          {hit.sentence && <Sentence sentence={hit.sentence} word={hit.word} />}
          <Text className='compliance__construction'>{`问题所在：${hit.constructionLabel}`}</Text>
          <Text className='compliance__reason'>{hit.reason}</Text>
        </View>
      ))}
    </View>
  )
}
