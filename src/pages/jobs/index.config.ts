export default definePageConfig({ navigationBarTitleText: '招聘', enablePullDownRefresh: true, onReachBottomDistance: 200 })
