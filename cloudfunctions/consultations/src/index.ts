// Production entry of the `consultations` cloud function (availability, slots, bookings, reminders
// as outbox rows). Bundled into ../index.js by `npm run build:functions`.
import cloud from 'wx-server-sdk'
import deployConfig from '../config.json'
import { consultationsFunction } from '../../../server/functions/consultations'
import { createWxMain } from '../../../server/platform/wechat/create-wx-main'

export const main = createWxMain(consultationsFunction, cloud, deployConfig)
