export default definePageConfig({
  navigationBarTitleText: '风险上报',
})
