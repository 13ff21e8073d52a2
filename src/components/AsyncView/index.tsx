import type { ReactNode } from 'react'
import { Button, Text, View } from '@tarojs/components'
import type { Remote } from '../../hooks/useRemote'
import './index.css'

interface AsyncViewProps<T> {
  remote: Remote<T>
  children: (data: T) => ReactNode
  /** Shown while the first load runs. */
  loadingText?: string
}

/** Loading, error-with-retry and content states of remote data, in one place. */
export function AsyncView<T>({ remote, children, loadingText = '加载中…' }: AsyncViewProps<T>) {
  if (remote.data !== undefined) return <>{children(remote.data)}</>
  if (remote.error) {
    return (
      <View className='async-view async-view--error'>
        <Text className='async-view__message'>{remote.error.message}</Text>
        <Button className='async-view__retry' size='mini' onClick={remote.reload}>
          重试
        </Button>
      </View>
    )
  }
  return (
    <View className='async-view'>
      <Text className='async-view__message'>{loadingText}</Text>
    </View>
  )
}
