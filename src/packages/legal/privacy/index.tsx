import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { PRIVACY_VERSION, privacyConsent } from '../../../services/privacy'
import { formatDateCn } from '../../../utils/format'
import { formatDateOf } from '../../../utils/jobs'
import { GUIDE_SECTIONS, GUIDE_TITLE } from './content'
import { useCareMode } from '../../../hooks/useCareMode'
import './index.css'

/** The privacy guide, readable in full; the consent on this device can be withdrawn here. */
export default function PrivacyGuidePage() {
  const { pageClass } = useCareMode()
  const [consent, setConsent] = useState(() => privacyConsent.get())
  const agreedNow = consent?.version === PRIVACY_VERSION
  const revoke = async () => {
    const { confirm } = await Taro.showModal({ title: '撤回同意', content: '撤回后，下次填写或提交信息前会再次询问您。已保存的数据不受影响，如需删除请在「我的」中注销求职账号。', confirmColor: '#c8102e' })
    if (!confirm) return
    privacyConsent.revoke()
    setConsent(null)
    void Taro.showToast({ title: '已撤回', icon: 'success' })
  }
  return (
    <View className={`${pageClass} privacy-guide`}>
      <View className='card'>
        <Text className='privacy-guide__title'>{GUIDE_TITLE}</Text>
        <Text className='privacy-guide__date'>{`更新日期：${formatDateCn(PRIVACY_VERSION)}`}</Text>
        <Text className='privacy-guide__p'>
          晋企通帮助民营企业了解和享受山西省人社厅支持民营经济发展的政策，并为企业和求职者提供招聘服务。我们只收集提供这些服务所必需的信息，并在收集前征得您的同意。
        </Text>
        {GUIDE_SECTIONS.map((section) => (
          <View key={section.title} className='privacy-guide__section'>
            <Text className='privacy-guide__h'>{section.title}</Text>
            {section.paragraphs.map((p) => (
              <Text key={p} className='privacy-guide__p'>
                {p}
              </Text>
            ))}
          </View>
        ))}
      </View>
      <View className='card privacy-guide__consent'>
        <Text className='privacy-guide__consent-text'>
          {agreedNow && consent ? `您已于${formatDateOf(consent.at)}同意本指引` : '您尚未同意本指引：填写或提交信息前会询问您'}
        </Text>
        {/* WeChat keeps its own record, which the app cannot withdraw: the button is for the web version. */}
        {agreedNow && process.env.TARO_ENV !== 'weapp' && (
          <Button className='privacy-guide__revoke' size='mini' onClick={() => void revoke()}>
            撤回同意
          </Button>
        )}
      </View>
    </View>
  )
}
