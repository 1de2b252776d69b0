// Production entry of the `workbench` cloud function (dashboard, liaison registry, invitations,
// exports, audit log; staff only). Bundled into ../index.js by `npm run build:functions`.
import cloud from 'wx-server-sdk'
import deployConfig from '../config.json'
import { workbenchFunction } from '../../../server/functions/workbench'
import { createWxMain } from '../../../server/platform/wechat/create-wx-main'

export const main = createWxMain(workbenchFunction, cloud, deployConfig)
