import type { z } from 'zod'
import { AppError, invalidInput } from './errors'
import { failure, success, type Envelope } from './envelope'
import type { RequestContext } from './context'
import { parseInput } from './validation'

/** One action: the schema of its input (everything but `action`) and what it does. */
export interface Action<S extends z.ZodType = z.ZodType, R = unknown> {
  input: S
  handle: (input: z.infer<S>, ctx: RequestContext) => Promise<R> | R
}

export const action = <S extends z.ZodType, R>(input: S, handle: Action<S, R>['handle']): Action<S, R> => ({ input, handle })

export interface CloudFunction {
  name: string
  actions: Record<string, Action>
  /** Routes `{action, ...params}` to its handler and always answers with an envelope. */
  dispatch: (event: unknown, ctx: RequestContext) => Promise<Envelope>
}

function splitEvent(fn: string, actions: Record<string, Action>, event: unknown) {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw invalidInput('请求体应为JSON对象，形如 {"action": "…"}')
  }
  const { action: name, ...params } = event as Record<string, unknown>
  const known = Object.keys(actions).join('、')
  if (typeof name !== 'string' || name === '') throw invalidInput(`缺少「action」，${fn} 可用的操作：${known}`)
  if (!Object.hasOwn(actions, name)) throw invalidInput(`未知的操作「${name}」，${fn} 可用的操作：${known}`, { action: name })
  return { act: actions[name], params }
}

export function defineFunction(name: string, actions: Record<string, Action>): CloudFunction {
  return {
    name,
    actions,
    async dispatch(event, ctx) {
      try {
        const { act, params } = splitEvent(name, actions, event)
        // The platform adds its own keys (userInfo) to the event; they are never input.
        delete params.userInfo
        return success(await act.handle(parseInput(act.input, params), ctx))
      } catch (error) {
        if (!(error instanceof AppError)) console.error(`[${name}]`, error)
        return failure(error)
      }
    },
  }
}
