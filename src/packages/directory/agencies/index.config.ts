export default definePageConfig({
  navigationBarTitleText: '服务机构名录',
})
