export default definePageConfig({
  navigationBarTitleText: '企业登记审核',
})
