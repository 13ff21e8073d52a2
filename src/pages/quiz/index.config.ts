export default definePageConfig({ navigationBarTitleText: '补贴测算', enableShareAppMessage: true })
