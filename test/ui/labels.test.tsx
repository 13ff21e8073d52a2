/**
 * The app keeps its own copy of the status words (the backend's catalogue would bring the rules'
 * validation into the mini-program): the copies must say what the functions say.
 */
import { EMPLOYER_STATUSES, employerStatusLabels as employerStatusWords, JOB_STATES, jobStateLabels as jobStateWords } from '../../cloudfunctions/_shared/catalog/firms'
import { APPLICATION_STATUSES, applicationStatusLabels as applicationStatusWords } from '../../cloudfunctions/_shared/catalog/seekers'
import { APPLICATION_STATUSES as APP_APPLICATION_STATUSES, applicationStatusLabels } from '../../src/services/applications'
import { JOB_STATES as APP_JOB_STATES } from '../../src/services/employer'
import { employerStatusLabels, jobStateLabels } from '../../src/utils/jobs'

describe('the app’s status words', () => {
  it('are the functions’ words, in the functions’ order', () => {
    expect(APP_APPLICATION_STATUSES).toEqual(APPLICATION_STATUSES)
    expect(applicationStatusLabels).toEqual(applicationStatusWords)
    expect(APP_JOB_STATES).toEqual(JOB_STATES)
    expect(jobStateLabels).toEqual(jobStateWords)
    expect(Object.keys(employerStatusLabels)).toEqual([...EMPLOYER_STATUSES])
    expect(employerStatusLabels).toEqual(employerStatusWords)
  })
})
