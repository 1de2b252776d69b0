// Production entry of the `dispatcher` cloud function: the only function that calls WeChat's
// subscribeMessage.send (its config.json grants that permission). Bundled into ../index.js by
// `npm run build:functions`. Sending needs `messenger` in the runtime — see
// server/modules/messaging/messaging-runtime.ts: until the platform entry provides it
// (createWechatOpenApiMessenger(cloud.openapi)), `dispatchDue` refuses and rows stay pending.
import cloud from 'wx-server-sdk'
import { dispatcherFunction } from '../../../server/functions/dispatcher'
import { createWxMain } from '../../../server/platform/wechat/create-wx-main'

export const main = createWxMain(dispatcherFunction, cloud)
