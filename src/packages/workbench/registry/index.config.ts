export default definePageConfig({
  navigationBarTitleText: '联络员名册',
})
