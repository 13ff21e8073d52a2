export default definePageConfig({ navigationBarTitleText: '参会企业与报名' })
