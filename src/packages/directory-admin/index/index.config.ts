export default definePageConfig({
  navigationBarTitleText: '名录维护',
})
