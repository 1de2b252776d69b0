export default definePageConfig({
  navigationBarTitleText: '链接允许列表',
})
