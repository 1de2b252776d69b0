// Production entry of the `alerts` cloud function (scheduled publishing, fan-out to the outbox,
// subscriptions, read state, delivery stats). Bundled into ../index.js by `npm run build:functions`.
import cloud from 'wx-server-sdk'
import deployConfig from '../config.json'
import { alertsFunction } from '../../../server/functions/alerts'
import { createWxMain } from '../../../server/platform/wechat/create-wx-main'

export const main = createWxMain(alertsFunction, cloud, deployConfig)
