import { Button, Text, View } from '@tarojs/components'
import { openPrivacyGuide } from '../../services/privacy'
import './index.css'

/** The id WeChat checks when the dialog answers `onNeedPrivacyAuthorization` with `agree`. */
export const PRIVACY_AGREE_BUTTON_ID = 'jqt-privacy-agree'

export interface PrivacyDialogProps {
  /** What the user is about to do, e.g. 填写求职资料 (completes 「在您…之前」). */
  purpose: string
  onAgree: () => void
  onDecline: () => void
}

/** What we collect, in short; the guide page has it all. */
export const PRIVACY_SUMMARY: readonly { label: string; text: string }[] = [
  { label: '收集什么', text: '求职者的姓名、手机号、学历、工作年限、自我介绍；企业的名称、信用代码、规模、地址和联系人；微信提供的账号标识（openid）。' },
  { label: '用来做什么', text: '投递时发给您选择的企业，供人社部门审核企业和岗位、比对惠企政策；不出售，不用于广告。' },
  { label: '剪切板', text: '只在您点击复制、导出时写入日程、链接或导出的数据，从不读取。' },
  { label: '日历', text: '只在您点击「添加到日历」时写入这场面试或招聘会，从不读取。' },
  { label: '位置和照片', text: '仅管理员编辑招聘会时：选择的位置信息、选中的照片或视频信息（展位图）。' },
  { label: '您的权利', text: '可随时在「我的」中修改、导出或删除求职数据（注销后立即删除）。' },
]

/**
 * 隐私保护指引: asked before the first collection of personal data. In the WeChat build the agree
 * button is WeChat's `agreePrivacyAuthorization` button, which records the consent with the platform.
 */
export function PrivacyDialog({ purpose, onAgree, onDecline }: PrivacyDialogProps) {
  const weapp = process.env.TARO_ENV === 'weapp'
  return (
    <View className='privacy-dialog' catchMove>
      <View className='privacy-dialog__mask' />
      <View className='privacy-dialog__panel'>
        <Text className='privacy-dialog__title'>隐私保护指引</Text>
        <Text className='privacy-dialog__lead'>
          {`在您${purpose}之前，请仔细阅读`}
          <Text className='link privacy-dialog__link' onClick={openPrivacyGuide}>
            《晋企通隐私保护指引》
          </Text>
          。同意后我们才会收集和使用您的信息。
        </Text>
        {PRIVACY_SUMMARY.map((item) => (
          <View key={item.label} className='privacy-dialog__item'>
            <Text className='privacy-dialog__label'>{item.label}</Text>
            <Text className='privacy-dialog__text'>{item.text}</Text>
          </View>
        ))}
        <View className='privacy-dialog__buttons'>
          <Button className='privacy-dialog__btn privacy-dialog__btn--plain' onClick={onDecline}>
            不同意
          </Button>
          {weapp ? (
            <Button id={PRIVACY_AGREE_BUTTON_ID} className='privacy-dialog__btn btn-primary' openType='agreePrivacyAuthorization' onAgreePrivacyAuthorization={onAgree}>
              同意并继续
            </Button>
          ) : (
            <Button id={PRIVACY_AGREE_BUTTON_ID} className='privacy-dialog__btn btn-primary' onClick={onAgree}>
              同意并继续
            </Button>
          )}
        </View>
      </View>
    </View>
  )
}
