export default definePageConfig({ navigationBarTitleText: '政策指南' })
