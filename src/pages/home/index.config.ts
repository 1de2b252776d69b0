export default definePageConfig({
  navigationBarTitleText: '海外知识产权维权援助',
})
