export default definePageConfig({
  navigationBarTitleText: '工作日历（节假日安排）',
})
