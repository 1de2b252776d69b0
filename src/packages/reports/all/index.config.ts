export default definePageConfig({
  navigationBarTitleText: '全部上报',
})
