/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.css'

/** Build-time constants from config/index.ts. */
declare const API_BASE: string
declare const CLOUD_ENV: string
declare const LOCAL_MODE: boolean
/** The application-status subscription-message template id; empty when none is configured. */
declare const SUBSCRIBE_TEMPLATE_APPLICATION_STATUS: string

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV?: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'harmony' | 'rn'
  }
}
