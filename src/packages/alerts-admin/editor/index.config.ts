export default definePageConfig({
  navigationBarTitleText: '编辑预警信息',
})
