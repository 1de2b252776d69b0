export default definePageConfig({
  navigationBarTitleText: '推送异常',
})
