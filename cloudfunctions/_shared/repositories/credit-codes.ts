import { isDuplicateKeyError } from '../db/errors'
import type { Transaction } from '../db/types'

export const CREDIT_CODES = 'creditCodes'

/**
 * A credit code held by the firm the bureau verified under it: one document per code, the code its
 * `_id`, so two firms can never be verified under one code, even when approved at the same moment.
 */
export interface CreditCodeHold {
  _id: string
  employerId: string
  verifiedAt: string
}

export const creditCodeHolds = (tx: Transaction) => {
  const holds = () => tx.collection<CreditCodeHold>(CREDIT_CODES)
  return {
    /**
     * Takes the code for the firm, in the caller's transaction. Answers the id of the firm that
     * holds it already (null when it was free or the firm's own); a race lost to a concurrent
     * verification shows as the database's duplicate key, the holder unknown ('').
     */
    async take(code: string, employerId: string, at: string): Promise<string | null> {
      const held = (await holds().doc(code).get()).data
      if (held) return held.employerId === employerId ? null : held.employerId
      try {
        await holds().add({ _id: code, employerId, verifiedAt: at })
      } catch (error) {
        if (isDuplicateKeyError(error)) return ''
        throw error
      }
      return null
    },
  }
}
