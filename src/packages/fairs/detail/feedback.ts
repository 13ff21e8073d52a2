import Taro from '@tarojs/taro'
import { CallError } from '../../../services/cloud'

export const toast = (title: string) => void Taro.showToast({ title, icon: 'none' })
export const failed = (error: unknown) => toast(error instanceof CallError ? error.message : '操作失败，请稍后再试')
