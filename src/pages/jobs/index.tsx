import { View } from '@tarojs/components'
import { FairsSection } from '../../components/FairsSection'

/** 招聘: job fairs first (measure 25), then the postings (the seekers' part, to come below). */
export default function JobsPage() {
  return (
    <View className='page'>
      <FairsSection />
    </View>
  )
}
