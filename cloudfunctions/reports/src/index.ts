// Production entry of the `reports` cloud function (intake, assignment, case thread, SLA timer,
// satisfaction). Bundled into ../index.js by `npm run build:functions`.
import cloud from 'wx-server-sdk'
import deployConfig from '../config.json'
import { reportsFunction } from '../../../server/functions/reports'
import { createWxMain } from '../../../server/platform/wechat/create-wx-main'

export const main = createWxMain(reportsFunction, cloud, deployConfig)
