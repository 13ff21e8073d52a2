import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { AsyncView } from '../../components/AsyncView'
import { useRemote } from '../../hooks/useRemote'
import { accountApi, roleLabels, type DevIdentity } from '../../services/account'
import { devIdentity } from '../../services/cloud'
import './index.css'

function RoleSwitcher({ identities, current, onSwitch }: { identities: DevIdentity[]; current: string | null; onSwitch: (id: string) => void }) {
  return (
    <View className='card'>
      <Text className='card__title'>切换身份（本地体验）</Text>
      <Text className='muted'>本地模式下可用预置账号体验不同角色</Text>
      <View className='role-switcher'>
        {identities.map((identity) => (
          <View
            key={identity.openId}
            className={`chip ${identity.openId === current ? 'chip--active' : ''}`}
            onClick={() => onSwitch(identity.openId)}
          >
            {identity.label}
          </View>
        ))}
      </View>
    </View>
  )
}

export default function MePage() {
  const remote = useRemote(() => accountApi.me(), 'me')
  useDidShow(remote.reload)
  const switchTo = (openId: string) => {
    devIdentity.set(openId)
    remote.reload()
  }
  return (
    <View className='page'>
      <AsyncView remote={remote}>
        {(me) => (
          <>
            <View className='card'>
              <Text className='card__title'>{roleLabels[me.role]}</Text>
              {me.employer && <Text className='muted'>{`${me.employer.name}`}</Text>}
            </View>
            {me.devIdentities && <RoleSwitcher identities={me.devIdentities} current={me.openId} onSwitch={switchTo} />}
          </>
        )}
      </AsyncView>
    </View>
  )
}
