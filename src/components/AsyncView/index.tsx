import type { ReactNode } from 'react'
import { Button, Text, View } from '@tarojs/components'
import type { Remote } from '../../hooks/useRemote'
import { SignIn } from '../SignIn'
import './index.css'

/** Failures another try may cure: the network, the server, a rate limit. Not a wrong id, bad input or a missing identity. */
const RETRYABLE = new Set(['NETWORK', 'INTERNAL', 'RATE_LIMITED'])

/** Whether to offer 重试 for a failure with this code. */
export const canRetry = (code: string) => RETRYABLE.has(code)

interface AsyncViewProps<T> {
  remote: Remote<T>
  children: (data: T) => ReactNode
  /** Shown while the first load runs. */
  loadingText?: string
  /** What signing in is for, when the page needs a signed-in caller. */
  signInPurpose?: string
}

/** Loading, error (with 重试 when trying again can help, sign-in when an identity is missing) and content states of remote data, in one place. */
export function AsyncView<T>({ remote, children, loadingText = '加载中…', signInPurpose = '继续' }: AsyncViewProps<T>) {
  if (remote.data !== undefined) return <>{children(remote.data)}</>
  if (remote.error?.code === 'UNAUTHENTICATED') {
    return (
      <View className='card async-view__sign-in'>
        <SignIn purpose={signInPurpose} onSignedIn={remote.reload} />
      </View>
    )
  }
  if (remote.error) {
    return (
      <View className='async-view async-view--error'>
        <Text className='async-view__message'>{remote.error.message}</Text>
        {canRetry(remote.error.code) && (
          <Button className='async-view__retry' size='mini' onClick={remote.reload}>
            重试
          </Button>
        )}
      </View>
    )
  }
  return (
    <View className='async-view'>
      <Text className='async-view__message'>{loadingText}</Text>
    </View>
  )
}
