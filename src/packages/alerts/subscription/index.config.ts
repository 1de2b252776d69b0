export default definePageConfig({
  navigationBarTitleText: '预警订阅设置',
})
