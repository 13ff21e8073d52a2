/**
 * A firm's profile and a posting count their writes in `revision`: every write adds one. What a
 * reviewer read is named by its revision, so a decision applies to exactly that content.
 */
export interface Revised {
  revision?: number
}

/** The revision of a stored document; one stored without any (seeded or older data) reads as 0. */
export const revisionOf = (doc: Revised) => doc.revision ?? 0

/** The `where` part that matches the document only while it is still at the revision it was read at. */
export const atRevision = (doc: Revised): { revision?: number } => (doc.revision === undefined ? {} : { revision: doc.revision })

/** How a review's write went: written, or not, with the document as it is now (null when gone). */
export type ReviewWrite<T> = { written: true } | { written: false; current: T | null }
