export default definePageConfig({
  navigationBarTitleText: '推送统计',
})
