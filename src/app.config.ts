export default defineAppConfig({
  pages: ['pages/policy/index', 'pages/quiz/index', 'pages/jobs/index', 'pages/me/index'],
  subPackages: [
    { root: 'packages/policy', pages: ['detail/index'] },
    { root: 'packages/quiz', pages: ['result/index', 'saved/index'] },
    { root: 'packages/employer', pages: ['register/index', 'post-form/index', 'postings/index', 'facts/index', 'pipeline/index'] },
    { root: 'packages/admin', pages: ['queue/index', 'stats/index', 'matching/index', 'audit/index'] },
    { root: 'packages/fairs', pages: ['detail/index', 'book/index', 'mine/index', 'edit/index', 'bookings/index', 'calendar/index'] },
    { root: 'packages/jobs', pages: ['detail/index'] },
    { root: 'packages/seeker', pages: ['profile/index', 'applications/index', 'favourites/index'] },
    { root: 'packages/legal', pages: ['privacy/index'] },
    { root: 'packages/messages', pages: ['index/index'] },
  ],
  preloadRule: {
    'pages/policy/index': { network: 'all', packages: ['packages/policy'] },
    'pages/quiz/index': { network: 'all', packages: ['packages/quiz'] },
    'pages/jobs/index': { network: 'all', packages: ['packages/fairs', 'packages/jobs'] },
  },
  window: {
    // WeChat draws its own bar; in H5 this turns on Taro's: the title, and back (or home when the
    // page was opened directly, e.g. from a shared link) on sub-pages.
    navigationStyle: 'default',
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#c8102e',
    navigationBarTitleText: '晋企通',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f6f8',
  },
  tabBar: {
    color: '#646a73',
    selectedColor: '#c8102e',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/policy/index', text: '政策', iconPath: 'assets/tab/policy.png', selectedIconPath: 'assets/tab/policy-active.png' },
      { pagePath: 'pages/quiz/index', text: '测算', iconPath: 'assets/tab/quiz.png', selectedIconPath: 'assets/tab/quiz-active.png' },
      { pagePath: 'pages/jobs/index', text: '招聘', iconPath: 'assets/tab/jobs.png', selectedIconPath: 'assets/tab/jobs-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-active.png' },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
  // WeChat's privacy flow: wx.onNeedPrivacyAuthorization / requirePrivacyAuthorize answer with our dialog (src/hooks/usePrivacyGate.tsx).
  __usePrivacyCheck__: true,
  // WeChat refuses these location APIs unless app.json names them (the fair editor's map pick).
  requiredPrivateInfos: ['chooseLocation'],
})
