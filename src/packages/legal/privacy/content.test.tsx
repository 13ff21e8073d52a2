/**
 * WeChat disables a privacy API the mini-program's 用户隐私保护指引 does not declare
 * (小程序隐私协议开发指南). Every one the app calls must be in the guide the app shows and in the
 * declaration the README tells the operator to make.
 */
import fs from 'node:fs'
import path from 'node:path'
import { GUIDE_SECTIONS } from './content'
import { PRIVACY_SUMMARY } from '../../../components/PrivacyDialog'

const root = path.resolve(__dirname, '../../../..')

/** WeChat's privacy APIs (小程序用户隐私保护指引内容介绍), by the item of the guide that declares each. */
const PRIVACY_APIS: Record<string, readonly string[]> = {
  剪切板: ['setClipboardData', 'getClipboardData'],
  位置信息: ['getLocation', 'getFuzzyLocation', 'startLocationUpdate', 'startLocationUpdateBackground', 'onLocationChange'],
  选择的位置信息: ['chooseLocation', 'choosePoi'],
  地址: ['chooseAddress'],
  发票信息: ['chooseInvoice', 'chooseInvoiceTitle'],
  微信运动步数: ['getWeRunData'],
  车牌号: ['chooseLicensePlate'],
  选中的照片或视频信息: ['chooseImage', 'chooseMedia', 'chooseVideo'],
  选中的文件: ['chooseMessageFile'],
  麦克风: ['startRecord', 'getRecorderManager', 'joinVoIPChat'],
  摄像头: ['createVKSession'],
  蓝牙: ['openBluetoothAdapter', 'createBLEPeripheralServer'],
  相册: ['saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum'],
  通讯录: ['addPhoneContact'],
  日历: ['addPhoneRepeatCalendar', 'addPhoneCalendar'],
}

/** The location APIs WeChat refuses unless app.json lists them in requiredPrivateInfos (全局配置 requiredPrivateInfos). */
const REQUIRED_PRIVATE_INFOS = ['getFuzzyLocation', 'getLocation', 'onLocationChange', 'startLocationUpdate', 'startLocationUpdateBackground', 'chooseLocation', 'choosePoi', 'chooseAddress']

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sources(full)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : []
  })
}

const appCode = () => sources(path.join(root, 'src')).map((file) => fs.readFileSync(file, 'utf8')).join('\n')

/** The items the app's code needs declared: each privacy API it calls (`Taro.<api>(`). */
const needed = () => {
  const code = appCode()
  return Object.entries(PRIVACY_APIS).filter(([, apis]) => apis.some((api) => code.includes(`Taro.${api}(`))).map(([item]) => item)
}

describe('the privacy declarations', () => {
  it('find the clipboard among the privacy APIs the app calls', () => {
    expect(needed()).toContain('剪切板')
  })

  it('declare every privacy API the app calls in the guide the app shows, and in its dialog', () => {
    const guide = GUIDE_SECTIONS.flatMap((section) => section.paragraphs).join('\n')
    const dialog = PRIVACY_SUMMARY.map((item) => `${item.label}${item.text}`).join('\n')
    for (const item of needed()) {
      expect([item, guide.includes(item)]).toEqual([item, true])
      expect([item, dialog.includes(item)]).toEqual([item, true])
    }
  })

  it('declare them in what the README tells the operator to declare in 微信公众平台', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
    const declaration = readme.slice(readme.indexOf('Privacy (隐私保护指引)'), readme.indexOf('\n\n', readme.indexOf('Privacy (隐私保护指引)')))
    for (const item of needed()) expect([item, declaration.includes(item)]).toEqual([item, true])
  })

  it('list every location API the app calls in app.json’s requiredPrivateInfos, and no other', async () => {
    // defineAppConfig is a global Taro's build provides; here it only hands the config back.
    ;(globalThis as { defineAppConfig?: <T>(config: T) => T }).defineAppConfig = (config) => config
    const { default: config } = await import('../../../app.config')
    const code = appCode()
    const called = REQUIRED_PRIVATE_INFOS.filter((api) => code.includes(`Taro.${api}(`))
    expect(called).toContain('chooseLocation')
    expect([...(config.requiredPrivateInfos ?? [])].sort()).toEqual(called.sort())
  })
})
