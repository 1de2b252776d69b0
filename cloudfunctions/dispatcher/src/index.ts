// Production entry of the `dispatcher` cloud function: the only function that calls WeChat's
// subscribeMessage.send (its config.json grants that permission). Bundled into ../index.js by
// `npm run build:functions`. createWxMain gives the runtime WeChat's openapi messenger.
import cloud from 'wx-server-sdk'
import deployConfig from '../config.json'
import { dispatcherFunction } from '../../../server/functions/dispatcher'
import { createWxMain } from '../../../server/platform/wechat/create-wx-main'

export const main = createWxMain(dispatcherFunction, cloud, deployConfig)
