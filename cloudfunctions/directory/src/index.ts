// Production entry of the `directory` cloud function: the only place (with the other functions'
// entries) that loads wx-server-sdk. `npm run build:functions` bundles it into ../index.js.
import cloud from 'wx-server-sdk'
import deployConfig from '../config.json'
import { directoryFunction } from '../../../server/functions/directory'
import { createWxMain } from '../../../server/platform/wechat/create-wx-main'

export const main = createWxMain(directoryFunction, cloud, deployConfig)
