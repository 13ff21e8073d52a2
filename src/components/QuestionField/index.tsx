import { useEffect, useRef, useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import type { FactValue, Question } from '../../services/policy'
import { formatWan, wanToYuan } from '../../utils/jobs'
import './index.css'

export type ParsedNumber = { ok: true; value: number | undefined } | { ok: false; error: string }

/**
 * What the user typed into a count, money or months field: empty (unanswered), a whole number from
 * 0 to `max` (the fact's maximum, in `unit`), or a Chinese message saying what is wrong.
 */
export function parseWholeNumber(text: string, max?: number, unit = ''): ParsedNumber {
  const t = text.trim().replace(/[,，\s]/g, '')
  if (t === '') return { ok: true, value: undefined }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return { ok: false, error: '请输入数字' }
  const n = Number(t)
  if (n < 0) return { ok: false, error: '不能为负数，请输入0或正整数' }
  if (!Number.isInteger(n)) return { ok: false, error: '请输入整数，不能有小数' }
  if (!Number.isSafeInteger(n)) return { ok: false, error: '数值过大，请检查' }
  if (max !== undefined && n > max) return { ok: false, error: `不能超过${max.toLocaleString('en-US')}${unit}，请核对` }
  return { ok: true, value: n }
}

/** A number as answered, read from what was typed: 万元 for a question asked in 万元 (up to 4 decimals), else whole units. */
export function parseAnswer(text: string, question: Pick<Question, 'max' | 'unit' | 'askInWan'>): ParsedNumber {
  if (!question.askInWan) return parseWholeNumber(text, question.max, question.unit)
  if (text.trim() === '') return { ok: true, value: undefined }
  const yuan = wanToYuan(text)
  if (yuan === undefined) return { ok: false, error: '请输入万元数，最多4位小数' }
  if (question.max !== undefined && yuan > question.max) return { ok: false, error: `不能超过${formatWan(question.max)}，请核对` }
  return { ok: true, value: yuan }
}

/** An answer as it is typed: in 万元 for a question asked in 万元. */
export const answerText = (value: FactValue | undefined, question: Pick<Question, 'askInWan'>) =>
  typeof value !== 'number' ? '' : question.askInWan ? String(value / 10_000) : String(value)

interface QuestionFieldProps {
  question: Question
  /** The answer so far; undefined when unanswered. */
  value: FactValue | undefined
  /** A valid answer, or undefined to clear it. Invalid input is never passed on. */
  onChange: (value: FactValue | undefined) => void
  /** Marks a question the current results still need. */
  needed?: boolean
  className?: string
}

function NumberInput({ question, value, onChange }: Pick<QuestionFieldProps, 'question' | 'value' | 'onChange'>) {
  const [text, setText] = useState(() => answerText(value, question))
  const [error, setError] = useState('')
  // The answer as this field last passed it on: a different `value` was set elsewhere (a reset, a
  // saved result) and replaces what is typed.
  const emitted = useRef(value)
  useEffect(() => {
    if (value === emitted.current) return
    emitted.current = value
    setText(answerText(value, question))
    setError('')
  }, [value, question])

  const handle = (raw: string) => {
    setText(raw)
    const parsed = parseAnswer(raw, question)
    if (!parsed.ok) {
      setError(parsed.error)
      return
    }
    setError('')
    emitted.current = parsed.value
    onChange(parsed.value)
  }

  return (
    <View>
      <View className={`question__input-row ${error ? 'question__input-row--error' : ''}`}>
        <Input
          className='question__input'
          type='digit'
          value={text}
          placeholder='请输入'
          onInput={(e) => handle(e.detail.value)}
        />
        {question.unit && <Text className='question__unit'>{question.askInWan ? '万元' : question.unit}</Text>}
      </View>
      {error && <Text className='question__error'>{error}</Text>}
    </View>
  )
}

/** One quiz question: its label and one-line hint, then chips (enum, 是/否) or a number input. */
export function QuestionField({ question, value, onChange, needed = false, className = '' }: QuestionFieldProps) {
  const answered = value !== undefined
  return (
    <View className={`question ${className}`} data-fact={question.name}>
      <View className='question__head'>
        <Text className='question__label'>{question.label}</Text>
        {needed && !answered && <Text className='question__needed'>待填</Text>}
      </View>
      <Text className='question__hint'>{question.hint}</Text>
      {question.options ? (
        <View className='question__options'>
          {question.options.map((option) => {
            const active = answered && option.value === value
            return (
              <View
                key={String(option.value)}
                className={`chip ${active ? 'chip--active' : ''}`}
                onClick={() => onChange(active ? undefined : option.value)}
              >
                {option.label}
              </View>
            )
          })}
        </View>
      ) : (
        <NumberInput question={question} value={value} onChange={onChange} />
      )}
    </View>
  )
}
