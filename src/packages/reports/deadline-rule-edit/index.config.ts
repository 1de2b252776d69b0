export default definePageConfig({
  navigationBarTitleText: '修改期限规则',
})
