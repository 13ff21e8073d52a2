/**
 * On the quiz result, for an enterprise: save the quiz answers into the firm's facts (with its
 * consent), so the bureau's matching can use them without the firm typing them twice.
 * Renders nothing for anyone else, or when nothing in the answers is an enterprise fact.
 */
import { Button, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { accountApi } from '../../services/account'
import { CallError } from '../../services/cloud'
import { firmFactsApi, type FactValues } from '../../services/matching'
import './index.css'

/** The enterprise facts a firm states itself (account.updateFacts); the rest come from its verified profile. */
export const PROFILE_FACTS = [
  'employees', 'revenue', 'totalAssets', 'sizeClass', 'insuredStaff', 'layoffsLastYear', 'uiPremiumsLastYear', 'trainedStaff', 'apprentices',
  'newHires', 'difficultHires', 'difficultHireMonths', 'interns', 'internMonths', 'localMinimumWage', 'firstTimeFounder', 'operatingMonths',
] as const

export function profileFactsOf(facts: Record<string, unknown>): FactValues {
  const out: FactValues = {}
  for (const name of PROFILE_FACTS) {
    const v = facts[name]
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') out[name] = v
  }
  return out
}

export function SaveFactsToProfile({ facts }: { facts: Record<string, unknown> }) {
  const [employer, setEmployer] = useState(false)
  const [consent, setConsent] = useState(false)
  const [state, setState] = useState<{ saving: boolean; message: string }>({ saving: false, message: '' })
  useEffect(() => {
    let live = true
    accountApi.me().then(
      (me) => live && setEmployer(me.role === 'employer'),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [])
  const values = profileFactsOf(facts)
  const count = Object.keys(values).length
  if (!employer || count === 0) return null
  const save = async () => {
    setState({ saving: true, message: '' })
    try {
      await firmFactsApi.updateFacts(values)
      setState({ saving: false, message: `已保存${count}项条件到企业资料` })
    } catch (e) {
      setState({ saving: false, message: e instanceof CallError ? e.message : '保存失败，请稍后再试' })
    }
  }
  return (
    <View className='card save-facts'>
      <Text className='card__title'>保存到企业条件</Text>
      <Text className='muted save-facts__text'>{`把本次填写的${count}项企业条件保存到企业资料，人社部门比对政策时将据此主动为您推荐（免申即享），不必重复填写。`}</Text>
      <View className={`chip save-facts__consent ${consent ? 'chip--active' : ''}`} onClick={() => setConsent(!consent)}>
        {consent ? '✓ 我同意保存并用于政策比对' : '我同意保存并用于政策比对'}
      </View>
      <Button className='btn-primary save-facts__btn' disabled={!consent || state.saving} loading={state.saving} onClick={() => void save()}>
        保存到企业资料
      </Button>
      {state.message && <Text className='save-facts__message'>{state.message}</Text>}
    </View>
  )
}
