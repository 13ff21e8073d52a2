import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { accountApi, type DevIdentity } from '../../services/account'
import { canSignIn, devIdentity, OPEN_IN_WECHAT } from '../../services/cloud'
import './index.css'

/** The identity 「新用户」 starts: one nobody has used, so the person meets the app as someone new does. */
export const freshIdentity = () => `dev-new-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`

interface SignInProps {
  /** What signing in is for, e.g. 「投递简历」; without it, everything a signed-in person can do. */
  purpose?: string
  /** The seeded identities, when the page already has them (account.me); asked for otherwise. */
  identities?: readonly DevIdentity[]
  /** Called once the person is someone: the page shows itself again as them, where they were. */
  onSignedIn: () => void
}

/**
 * Where a visitor without an identity meets something that needs one. Local mode: 「新用户」 or one
 * of the seeded identities, and the page they were on carries on as that person. The browser build
 * against the cloud signs nobody in: it points to the mini-program.
 */
export function SignIn({ purpose, identities, onSignedIn }: SignInProps) {
  const [seeded, setSeeded] = useState<readonly DevIdentity[]>(identities ?? [])
  useEffect(() => {
    if (!LOCAL_MODE || !canSignIn() || identities) return
    let live = true
    accountApi.me().then(
      (me) => live && setSeeded(me.devIdentities ?? []),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [identities])

  if (!canSignIn()) {
    return (
      <View className='sign-in'>
        <Text className='sign-in__title'>{`${purpose ?? ''}${OPEN_IN_WECHAT}「晋企通」小程序`}</Text>
        <Text className='sign-in__text'>网页版可查看政策、测算可享补贴、浏览岗位和招聘会；投递简历、报名招聘会、注册企业和发布岗位都在小程序中进行。</Text>
      </View>
    )
  }
  const choose = (openId: string) => {
    devIdentity.set(openId)
    onSignedIn()
  }
  return (
    <View className='sign-in'>
      <Text className='sign-in__title'>{`登录后${purpose ?? '可投递简历、报名招聘会、注册企业和发布岗位'}`}</Text>
      {LOCAL_MODE && (
        <>
          <Text className='sign-in__text'>本地体验：以新用户身份开始，或使用预置账号</Text>
          <View className='sign-in__choices'>
            <View className='sign-in__choice sign-in__choice--new' onClick={() => choose(freshIdentity())}>
              新用户
            </View>
            {seeded.map((identity) => (
              <View key={identity.openId} className='sign-in__choice' onClick={() => choose(identity.openId)}>
                {identity.label}
              </View>
            ))}
          </View>
        </>
      )}
    </View>
  )
}
