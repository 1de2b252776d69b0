export default definePageConfig({
  navigationBarTitleText: '分派给我的上报',
})
