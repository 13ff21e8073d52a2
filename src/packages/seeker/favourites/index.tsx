import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { AsyncView } from '../../../components/AsyncView'
import { JobCard } from '../../../components/JobCard'
import { useReloadOnShow, useRemote } from '../../../hooks/useRemote'
import { CallError } from '../../../services/cloud'
import { jobsApi, type FavouriteItem } from '../../../services/jobs'
import { useCareMode } from '../../../hooks/useCareMode'
import './index.css'

function Favourite({ item, onChanged }: { item: FavouriteItem; onChanged: () => void }) {
  const remove = async () => {
    try {
      await jobsApi.favourite(item.jobId, false)
      onChanged()
    } catch (e) {
      await Taro.showToast({ title: e instanceof CallError ? e.message : '操作失败', icon: 'none' })
    }
  }
  return (
    <View className='favourite'>
      {item.job ? <JobCard job={item.job} /> : <Text className='card favourite__gone'>该岗位已下线</Text>}
      <Text className='link favourite__remove' onClick={() => void remove()}>
        取消收藏
      </Text>
    </View>
  )
}

export default function FavouritesPage() {
  const { pageClass } = useCareMode()
  const remote = useRemote(() => jobsApi.favourites(), 'favourites')
  useReloadOnShow(remote.reload)
  return (
    <View className={pageClass}>
      <AsyncView remote={remote} signInPurpose='查看收藏的岗位'>
        {({ favourites }) =>
          favourites.length === 0 ? (
            <View className='favourites-empty'>
              <Text className='muted'>还没有收藏的岗位，在岗位详情页点「收藏」即可保存</Text>
              <Button className='btn-primary favourites-empty__btn' size='mini' onClick={() => void Taro.switchTab({ url: '/pages/jobs/index' })}>
                去看看招聘岗位
              </Button>
            </View>
          ) : (
            favourites.map((item) => <Favourite key={item.jobId} item={item} onChanged={remote.reload} />)
          )
        }
      </AsyncView>
    </View>
  )
}
