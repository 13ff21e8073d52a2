export default definePageConfig({
  navigationBarTitleText: '条款详情',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
