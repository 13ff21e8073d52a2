/**
 * Three projects: the backend and rules in Node, the UI components in jsdom, and the built WeChat
 * app (dist/weapp) in WeChat's component framework (test/weapp).
 */
// TypeScript first: a function folder holds both index.ts and, after build:functions, its bundle index.js.
const moduleFileExtensions = ['ts', 'tsx', 'js', 'json']
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }]

module.exports = {
  // Volume tests (20,000 sign-ups, 100,000 documents) take seconds alone and several times that on
  // two cores shared by two workers and a build; a hang still fails, after 30 s instead of 5 s.
  testTimeout: 30_000,
  // jest's default is one worker fewer than the cores: a single worker on a 2-core CI machine.
  maxWorkers: '100%',
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      moduleFileExtensions,
      // Unit tests sit beside their units in cloudfunctions/, server/, scripts/ and config/; test/ holds the rest.
      roots: ['<rootDir>/test', '<rootDir>/cloudfunctions', '<rootDir>/server', '<rootDir>/scripts', '<rootDir>/config'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/test/ui/', '/test/weapp/'],
      transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.yaml$': '<rootDir>/test/helpers/yaml-transform.mjs' },
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      moduleFileExtensions,
      roots: ['<rootDir>/src', '<rootDir>/test/ui'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      setupFiles: ['<rootDir>/test/ui/setup.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/ui/patience.ts'],
      moduleNameMapper: {
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '^@tarojs/taro$': '<rootDir>/test/ui/taro.ts',
        '\\.(css|scss)$': '<rootDir>/test/ui/style.ts',
      },
      // @tarojs/components/lib/react pulls in ESM from @stencil/core, swiper (.mjs) and a nested tslib.
      transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
      transformIgnorePatterns: ['^(?!.*/node_modules/(@tarojs|@stencil|swiper)/).*/node_modules/'],
    },
    {
      displayName: 'weapp',
      testEnvironment: 'jsdom',
      moduleFileExtensions,
      roots: ['<rootDir>/test/weapp'],
      testMatch: ['**/*.test.ts'],
      // Builds dist/weapp (cloud mode) when src/ or config/ changed since the last build.
      globalSetup: '<rootDir>/test/weapp/global-setup.ts',
      transform: { '^.+\\.(t|j)sx?$': swc },
    },
  ],
}
