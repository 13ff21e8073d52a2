import { employerApi, type Catalog } from '../services/employer'

let asked: Promise<Catalog> | null = null

/**
 * The firm and posting choices (cities, industries…), asked of the functions once per app run: they
 * change only with a release, and several parts of one page need them. A failed ask is asked again.
 */
export function catalogOnce(): Promise<Catalog> {
  asked ??= employerApi.catalog().catch((error: unknown) => {
    asked = null
    throw error
  })
  return asked
}
