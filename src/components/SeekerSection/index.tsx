import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useClipboard } from '../../hooks/useClipboard'
import { MY_APPLICATIONS } from '../../services/applications'
import { CallError } from '../../services/cloud'
import { FAVOURITES_URL, PROFILE_URL, seekerApi, type ProfileData } from '../../services/seeker'
import { todayInShanghai } from '../../../cloudfunctions/_shared/catalog/time'
import './index.css'

const go = (url: string) => void Taro.navigateTo({ url })
const fail = (e: unknown) => void Taro.showToast({ title: e instanceof CallError ? e.message : '操作失败，请稍后重试', icon: 'none' })

/** Hands the seeker their data as a JSON file (H5: a download; WeChat: the clipboard, once they agree). */
async function saveJson(fileName: string, data: unknown, copy: (text: string) => Promise<boolean>): Promise<'downloaded' | 'copied' | 'declined'> {
  const text = JSON.stringify(data, null, 2)
  if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
    return 'downloaded'
  }
  return (await copy(text)) ? 'copied' : 'declined'
}

function Entry({ label, meta, onClick, danger = false }: { label: string; meta?: string; onClick: () => void; danger?: boolean }) {
  return (
    <View className={`me-entry seeker-section__entry ${danger ? 'seeker-section__entry--danger' : ''}`} onClick={onClick}>
      <Text className='me-entry__label'>{label}</Text>
      <Text className='me-entry__meta'>{meta ?? ''}</Text>
      <Text className='me-entry__arrow'>›</Text>
    </View>
  )
}

/** Whether someone has anything stored as a seeker. */
export const hasSeekerData = (data: ProfileData) => data.profile !== null || data.counts.applications > 0 || data.counts.favourites > 0

/**
 * 我的 for a job seeker: the profile they apply with, 我的投递, 收藏, and their data (export, delete).
 * `former`: a seeker who has since registered a firm — no new job seeking, but their applications,
 * the export and the deletion stay within reach.
 */
export function SeekerSection({ data, onChanged, former = false }: { data: ProfileData; onChanged: () => void; former?: boolean }) {
  const [busy, setBusy] = useState(false)
  const clipboard = useClipboard('复制导出的求职数据')
  const p = data.profile

  const exportData = async () => {
    if (busy) return
    setBusy(true)
    try {
      const how = await saveJson(`晋企通-我的求职数据-${todayInShanghai()}.json`, await seekerApi.exportData(), clipboard.copy)
      if (how === 'downloaded') await Taro.showToast({ title: '已下载JSON文件', icon: 'success' })
      else if (how === 'copied') await Taro.showModal({ title: '已复制', content: '您的全部求职数据（JSON格式）已复制到剪贴板，可粘贴到文件中保存。', showCancel: false, confirmColor: '#c8102e' })
    } catch (e) {
      fail(e)
    } finally {
      setBusy(false)
    }
  }

  const deleteAccount = async () => {
    const { confirm } = await Taro.showModal({
      title: former ? '删除求职数据' : '注销求职账号',
      content: former
        ? '将永久删除您的求职资料、全部投递记录和收藏，企业将不再看到您的投递；企业资料和岗位不受影响。此操作不可恢复，确定删除？'
        : '将永久删除您的求职资料、全部投递记录和收藏，企业将不再看到您的投递。此操作不可恢复，确定注销？',
      confirmText: former ? '确定删除' : '确定注销',
      confirmColor: '#c8102e',
    })
    if (!confirm) return
    setBusy(true)
    try {
      await seekerApi.deleteAccount()
      await Taro.showToast({ title: former ? '已删除' : '已注销', icon: 'success' })
      onChanged()
    } catch (e) {
      fail(e)
    } finally {
      setBusy(false)
    }
  }

  if (former) {
    return (
      <View className='card seeker-section seeker-section--former'>
        <Text className='card__title'>以往的求职记录</Text>
        <Text className='muted seeker-section__hint'>您已注册企业，不能再投递简历。以往的投递仍可查看和撤回，求职数据可导出或删除。</Text>
        <Entry label='我的投递' meta={`${data.counts.applications} 条`} onClick={() => go(MY_APPLICATIONS)} />
        <Entry label='导出我的数据' meta='JSON 格式' onClick={() => void exportData()} />
        <Entry label='删除求职数据' meta='资料、投递与收藏' danger onClick={() => void deleteAccount()} />
        {clipboard.dialog}
      </View>
    )
  }

  return (
    <View className='card seeker-section'>
      <View className='seeker-section__head'>
        <Text className='card__title'>求职资料</Text>
        <Text className='link me-link' onClick={() => go(PROFILE_URL)}>
          {p ? '修改' : '填写'}
        </Text>
      </View>
      {p ? (
        <View className='seeker-section__profile'>
          <Text className='seeker-section__line'>{`${p.name} · ${p.phone}`}</Text>
          <Text className='seeker-section__line'>{`${p.educationLabel} · ${p.experienceLabel}`}</Text>
        </View>
      ) : (
        <Text className='muted seeker-section__hint'>填写姓名、手机号、学历和工作年限后，即可一键投递岗位</Text>
      )}
      <Entry label='我的投递' meta={`${data.counts.applications} 条`} onClick={() => go(MY_APPLICATIONS)} />
      <Entry label='我的收藏' meta={`${data.counts.favourites} 个`} onClick={() => go(FAVOURITES_URL)} />
      <Entry label='导出我的数据' meta='JSON 格式' onClick={() => void exportData()} />
      <Entry label='注销求职账号' meta='删除资料与投递' danger onClick={() => void deleteAccount()} />
      {clipboard.dialog}
    </View>
  )
}
