import type { z } from 'zod'
import { AppError, echoed, invalidInput } from './errors'
import { failure, success, type Envelope } from './envelope'
import type { RequestContext } from './context'
import { parseInput } from './validation'
import { checkRateLimit, countWrite, type RateLimitedWrite } from './rate-limit'

/** One action: the schema of its input (everything but `action`) and what it does. */
export interface Action<S extends z.ZodType = z.ZodType, R = unknown> {
  input: S
  handle: (input: z.infer<S>, ctx: RequestContext) => Promise<R> | R
  /** The per-caller limit this write counts against (rate-limit.ts). */
  rateLimit?: RateLimitedWrite
}

export const action = <S extends z.ZodType, R>(input: S, handle: Action<S, R>['handle'], options: { rateLimit?: RateLimitedWrite } = {}): Action<S, R> => ({
  input,
  handle,
  ...options,
})

/** Runs the action: valid input first, then the caller's limit, then the handler; only a success counts. */
async function run(act: Action, params: Record<string, unknown>, ctx: RequestContext): Promise<unknown> {
  const input = parseInput(act.input, params)
  if (!act.rateLimit) return act.handle(input, ctx)
  await checkRateLimit(act.rateLimit, ctx)
  const result = await act.handle(input, ctx)
  // The write stands; a counter that fails to count is logged, not the caller's error.
  await countWrite(act.rateLimit, ctx).catch((error: unknown) => console.error('[rate-limit] counting failed', error))
  return result
}

/** A function's action table, its actions' own types kept: what `Api` (cloudfunctions/api.ts) reads the contract from. */
export type Actions = Record<string, Action<z.ZodType, unknown>>

export interface CloudFunction<A extends Actions = Actions> {
  name: string
  actions: A
  /** Routes `{action, ...params}` to its handler and always answers with an envelope. */
  dispatch: (event: unknown, ctx: RequestContext) => Promise<Envelope>
}

function splitEvent(fn: string, actions: Actions, event: unknown) {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw invalidInput('请求体应为JSON对象，形如 {"action": "…"}')
  }
  const { action: name, ...params } = event as Record<string, unknown>
  const known = Object.keys(actions).join('、')
  if (typeof name !== 'string' || name === '') throw invalidInput(`缺少「action」，${fn} 可用的操作：${known}`)
  if (!Object.hasOwn(actions, name)) throw invalidInput(`未知的操作「${echoed(name)}」，${fn} 可用的操作：${known}`, { action: echoed(name) })
  return { act: actions[name], params }
}

export function defineFunction<A extends Actions>(name: string, actions: A): CloudFunction<A> {
  return {
    name,
    actions,
    async dispatch(event, ctx) {
      try {
        const { act, params } = splitEvent(name, actions, event)
        // The platform adds its own keys (userInfo) to the event; they are never input.
        delete params.userInfo
        return success(await run(act, params, ctx))
      } catch (error) {
        if (!(error instanceof AppError)) console.error(`[${name}]`, error)
        return failure(error)
      }
    },
  }
}
