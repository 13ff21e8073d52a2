export default definePageConfig({ navigationBarTitleText: '我保存的测算' })
