import type { ReactNode } from 'react'
import { Input, Text, View } from '@tarojs/components'
import './index.css'

interface FormFieldProps {
  label: string
  /** The field's name, for tests and the e2e (`data-field`). */
  name: string
  required?: boolean
  /** Shown under the input in red; replaces the hint. */
  error?: string
  hint?: string
  /** e.g. 12/30 */
  counter?: string
  children: ReactNode
  className?: string
}

/** A labelled form row: label (with 必填 mark), the input, and an error or a hint below it. */
export function FormField({ label, name, required = false, error, hint, counter, children, className = '' }: FormFieldProps) {
  return (
    <View className={`form-field ${error ? 'form-field--error' : ''} ${className}`} data-field={name}>
      <View className='form-field__head'>
        <Text className='form-field__label'>{label}</Text>
        {required && <Text className='form-field__required'>*</Text>}
        {counter && <Text className='form-field__counter'>{counter}</Text>}
      </View>
      <View className='form-field__control'>{children}</View>
      {error ? <Text className='form-field__error'>{error}</Text> : hint ? <Text className='form-field__hint'>{hint}</Text> : null}
    </View>
  )
}

interface DraftInputProps<F extends string> {
  draft: Readonly<Record<F, string>>
  field: F
  set: (field: F) => (value: string) => void
  placeholder: string
  maxlength?: number
  type?: 'text' | 'number' | 'digit'
}

/** A one-line input bound to one text field of a form's draft. */
export function DraftInput<F extends string>({ draft, field, set, placeholder, maxlength = 100, type = 'text' }: DraftInputProps<F>) {
  return <Input className='form-input' value={draft[field]} placeholder={placeholder} maxlength={maxlength} type={type} onInput={(e) => set(field)(e.detail.value)} />
}
