import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'

export default function PolicyDetailPage() {
  const { params } = useRouter()
  return (
    <View className='page'>
      <Text className='card__title'>{`第${params.id ?? ''}条`}</Text>
    </View>
  )
}
