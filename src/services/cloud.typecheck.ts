/**
 * The contract at compile time. Nothing calls this: `npm run typecheck` reads it, and fails when a
 * line marked `@ts-expect-error` compiles — a function, action or field misspelt, a value of the
 * wrong type, or an answer's field the function never sends would then go unnoticed.
 */
import { callFunction } from './cloud'

export async function contractHolds() {
  // @ts-expect-error: there is no function `job`
  await callFunction('job', 'search')
  // @ts-expect-error: `jobs` has no action `serach`
  await callFunction('jobs', 'serach')
  // @ts-expect-error: `search` takes `q`, not `keyword`
  await callFunction('jobs', 'search', { keyword: '焊工' })
  // @ts-expect-error: `pageSize` is a number
  await callFunction('jobs', 'search', { pageSize: '20' })
  // @ts-expect-error: `sort` is `newest` or `pay`
  await callFunction('jobs', 'search', { sort: 'salary' })
  // @ts-expect-error: `get` needs the posting's id
  await callFunction('jobs', 'get')
  // @ts-expect-error: `me` takes no parameters; the caller is whoever the platform says
  await callFunction('account', 'me', { openId: 'someone-else' })
  // @ts-expect-error: a firm may move an application to viewed, interview, offer or rejected only
  await callFunction('applications', 'setStatus', { id: 'a1', status: 'withdrawn' })
  // @ts-expect-error: `review` names the revision the reviewer read
  await callFunction('admin', 'review', { target: 'job', id: 'j1', decision: 'approve' })
  // @ts-expect-error: a fact the rules do not know
  await callFunction('policy', 'evaluate', { facts: { staff: 3 } })

  const page = await callFunction('jobs', 'search', { q: '焊工', sort: 'pay', pageSize: 10 })
  const titles: string[] = page.jobs.map((job) => job.title)
  // @ts-expect-error: the board never carries the owner's openid
  void page.jobs[0].ownerOpenId
  const { job, viewer } = await callFunction('jobs', 'get', { id: 'j1' })
  // @ts-expect-error: a posting's public page has no review notes
  void job.reviewReason
  const applied: string | undefined = viewer?.application?.statusLabel
  const { employer } = await callFunction('fairs', 'get', { id: 'f1' }).then((fair) => fair.firms[0])
  // @ts-expect-error: a firm at a fair is shown without its contact
  void employer.contactPhone
  return { titles, applied }
}
