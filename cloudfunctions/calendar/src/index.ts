// Production entry of the `calendar` cloud function (the working calendar staff maintain).
// Bundled into ../index.js by `npm run build:functions`.
import cloud from 'wx-server-sdk'
import deployConfig from '../config.json'
import { calendarFunction } from '../../../server/functions/calendar'
import { createWxMain } from '../../../server/platform/wechat/create-wx-main'

export const main = createWxMain(calendarFunction, cloud, deployConfig)
