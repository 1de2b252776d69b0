// First of all: zod must be jitless before any schema exists (see zod-setup.ts).
import './zod-setup'
import Taro from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { needPrivacyAuthorization } from './services/privacy-authorization'
import { installTextScale } from './lib/text-scale'
import './app.scss'

// WeChat cloud must be initialised once before any callFunction. The comparison is folded at
// build time, so the H5 bundle keeps no trace of wx.cloud.
if (process.env.TARO_ENV === 'weapp') {
  const cloudEnv = process.env.TARO_APP_CLOUD_ENV
  // An empty env id means "the mini program's default environment": pass nothing then.
  Taro.cloud.init(cloudEnv ? { env: cloudEnv, traceUser: true } : { traceUser: true })
  // Our own PrivacySheet answers WeChat's privacy prompt (base library ≥ 2.32.3; older ones have none).
  if (typeof Taro.onNeedPrivacyAuthorization === 'function') {
    Taro.onNeedPrivacyAuthorization((resolve, eventInfo) => needPrivacyAuthorization(resolve, eventInfo))
  }
}

// 适老化: text follows the user's WeChat font size on every page (read once, before any page renders).
installTextScale()

function App({ children }: PropsWithChildren) {
  return children
}

export default App
