/**
 * Jest as Stryker runs it (npm run mutate): the node project of jest.config.js, restricted to the
 * test files of one group (GROUPS in scripts/mutate.ts, passed in as `testMatch`), so a mutant
 * reruns only the tests written for the code it mutates.
 */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true } } }]

module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  roots: ['<rootDir>/test', '<rootDir>/cloudfunctions'],
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.yaml$': '<rootDir>/test/helpers/yaml-transform.mjs' },
}
