export default definePageConfig({
  navigationBarTitleText: '境外法定期限规则',
})
