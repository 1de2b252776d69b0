export default definePageConfig({
  navigationBarTitleText: '局工作台',
})
