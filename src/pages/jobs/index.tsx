import { Text, View } from '@tarojs/components'

export default function JobsPage() {
  return (
    <View className='page'>
      <Text className='card__title'>招聘会与岗位</Text>
    </View>
  )
}
