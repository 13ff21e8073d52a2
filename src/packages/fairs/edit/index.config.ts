export default definePageConfig({ navigationBarTitleText: '新建招聘会' })
