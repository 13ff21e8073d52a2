import type { IndexSpec } from '../db/sqlite'
import { EMPLOYERS } from './employers'

/**
 * The indexes every collection needs, declared once: the embedded engine creates them locally,
 * and the same list describes what the CloudBase console must have.
 */
export const indexes: IndexSpec[] = [
  { collection: EMPLOYERS, name: 'employers_owner', fields: [{ field: 'ownerOpenId', direction: 'asc' }], unique: true },
  { collection: EMPLOYERS, name: 'employers_status', fields: [{ field: 'status', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }] },
]
