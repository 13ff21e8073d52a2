import { configure } from '@testing-library/react'

// Patience, not a time limit: on a loaded 2-core machine (CI runs the jest projects side by side)
// a page's first render through the functions can take seconds; findBy/waitFor wait this long.
// Loaded after the test framework (setupFilesAfterEnv), so Testing Library still registers its
// cleanup after each test.
configure({ asyncUtilTimeout: 15_000 })
jest.setTimeout(60_000)
