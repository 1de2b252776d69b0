// wx-server-sdk ships no type declarations. Only the functions' production entries import it,
// and they pass it to `createWxMain`, whose `WxCloud` interface is the part the product relies on.
declare module 'wx-server-sdk' {
  const cloud: import('./create-wx-main').WxCloud
  export default cloud
}
