export default definePageConfig({
  navigationBarTitleText: '机构详情',
  enableShareAppMessage: true,
})
