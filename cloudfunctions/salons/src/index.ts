// Production entry of the `salons` cloud function (sessions, seat ledger and waiting list,
// e-tickets and check-in, hold-expiry timer). Bundled into ../index.js by `npm run build:functions`.
import cloud from 'wx-server-sdk'
import deployConfig from '../config.json'
import { salonsFunction } from '../../../server/functions/salons'
import { createWxMain } from '../../../server/platform/wechat/create-wx-main'

export const main = createWxMain(salonsFunction, cloud, deployConfig)
