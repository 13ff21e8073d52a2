export default definePageConfig({ navigationBarTitleText: '投递管理' })
