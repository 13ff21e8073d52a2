export default definePageConfig({ navigationBarTitleText: '测算结果', enableShareAppMessage: true })
