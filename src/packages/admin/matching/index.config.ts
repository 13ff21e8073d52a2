export default definePageConfig({ navigationBarTitleText: '政策找企业' })
