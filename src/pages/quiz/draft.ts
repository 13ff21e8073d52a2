import Taro from '@tarojs/taro'
import type { Audience, Facts, ScreenAnswers } from '../../services/policy'
import { AUDIENCE_ORDER } from './logic'

/**
 * The quiz in progress, kept on the device: the tab restores it, the result page hands one back
 * (回到测算页补充), and a measure's 「测算我能拿多少」 sets `focus` to that measure.
 */
export interface Draft {
  audience: Audience[]
  facts: Facts
  /** the screening questions' answers */
  screens?: ScreenAnswers
  /** the measure the quiz asks about alone, until the person widens it */
  focus?: number
}

const DRAFT_KEY = 'jqt:quiz:draft'

export function loadDraft(): Draft {
  const stored = Taro.getStorageSync(DRAFT_KEY) as Partial<Draft> | ''
  if (!stored || typeof stored !== 'object') return { audience: [], facts: {} }
  return {
    audience: Array.isArray(stored.audience) ? AUDIENCE_ORDER.filter((a) => stored.audience?.includes(a)) : [],
    facts: stored.facts && typeof stored.facts === 'object' ? stored.facts : {},
    ...(stored.screens && typeof stored.screens === 'object' ? { screens: stored.screens } : {}),
    ...(Number.isInteger(stored.focus) ? { focus: stored.focus } : {}),
  }
}

export const saveDraft = ({ audience, facts, screens, focus }: Draft) => Taro.setStorageSync(DRAFT_KEY, { audience, facts, screens, focus })
