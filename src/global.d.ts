/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  /**
   * The variables the client bundle may read. Each TARO_APP_* one has a default in
   * config/index.ts (`env`), so the bundle always has a value; add new ones there too.
   * Optional here only because server and test code share this ProcessEnv and do not set them.
   */
  interface ProcessEnv {
    /** Set by Taro from `--type`; comparisons with it are folded at build time. */
    TARO_ENV?: 'weapp' | 'h5'
    /** WeChat cloud environment id (weapp); empty = the mini program's default environment. */
    TARO_APP_CLOUD_ENV?: string
    /** H5 only: origin of the local gateway; empty = same origin as the page. */
    TARO_APP_GATEWAY_URL?: string
    /** The bureau's hotline (digits, dashes allowed), for tap-to-call. */
    TARO_APP_BUREAU_HOTLINE?: string
    /** When the hotline is staffed, as shown to users. */
    TARO_APP_BUREAU_OFFICE_HOURS?: string
  }
}
