import { Text, View } from '@tarojs/components'

export default function QuizPage() {
  return (
    <View className='page'>
      <Text className='card__title'>补贴测算</Text>
    </View>
  )
}
