export default definePageConfig({ navigationBarTitleText: '预订展位' })
