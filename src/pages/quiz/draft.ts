import Taro from '@tarojs/taro'
import type { Audience, Facts } from '../../services/policy'
import { AUDIENCE_ORDER } from './logic'

/** The quiz in progress, kept on the device: the tab restores it, and the result page hands one back (回到测算页补充). */
export interface Draft {
  audience: Audience[]
  facts: Facts
}

const DRAFT_KEY = 'jqt:quiz:draft'

export function loadDraft(): Draft {
  const stored = Taro.getStorageSync(DRAFT_KEY) as Partial<Draft> | ''
  if (!stored || typeof stored !== 'object') return { audience: [], facts: {} }
  return {
    audience: Array.isArray(stored.audience) ? AUDIENCE_ORDER.filter((a) => stored.audience?.includes(a)) : [],
    facts: stored.facts && typeof stored.facts === 'object' ? stored.facts : {},
  }
}

export const saveDraft = (draft: Draft) => Taro.setStorageSync(DRAFT_KEY, { audience: draft.audience, facts: draft.facts })
