import { Text, View } from '@tarojs/components'
import { AsyncView } from '../../components/AsyncView'
import { useRemote } from '../../hooks/useRemote'
import { policyApi } from '../../services/policy'

export default function PolicyPage() {
  const remote = useRemote(() => policyApi.list(), 'all')
  return (
    <View className='page'>
      <AsyncView remote={remote}>
        {({ measures }) =>
          measures.map((m) => (
            <View key={m.id} className='card'>
              <Text className='card__title'>{`${m.id}. ${m.title}`}</Text>
              <Text className='muted'>{m.summary}</Text>
            </View>
          ))
        }
      </AsyncView>
    </View>
  )
}
