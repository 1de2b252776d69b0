// Production entry of the `users` cloud function: the only place (with the other functions'
// entries) that loads wx-server-sdk. `npm run build:functions` bundles it into ../index.js.
import cloud from 'wx-server-sdk'
import deployConfig from '../config.json'
import { usersFunction } from '../../../server/functions/users'
import { createWxMain } from '../../../server/platform/wechat/create-wx-main'

export const main = createWxMain(usersFunction, cloud, deployConfig)
