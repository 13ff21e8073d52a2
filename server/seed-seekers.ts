/**
 * Sample job seekers: three sample seekers with profiles and applications to the seeded
 * postings in several states, so dev-hr's pipeline has people in it, and one open report for the
 * bureau's queue. dev-seeker is left without a profile: 求职者 starts from scratch.
 */
import type { Database } from '../cloudfunctions/_shared/db/types'
import { openIdKey } from '../cloudfunctions/_shared/identity'
import { applicationsRepository, applicationWrites, type TimelineEntry } from '../cloudfunctions/_shared/repositories/applications'
import { JOBS, type Job } from '../cloudfunctions/_shared/repositories/jobs'
import { reportsRepository } from '../cloudfunctions/_shared/repositories/reports'
import { seekersRepository, type SeekerProfileContent } from '../cloudfunctions/_shared/repositories/seekers'
import { todayInShanghai } from '../cloudfunctions/_shared/catalog/time'
import type { ApplicationStatus } from '../cloudfunctions/_shared/catalog/seekers'

const HOUR = 3_600_000

const seekers: Record<string, SeekerProfileContent> = {
  'seed-seeker-1': { name: '张晓雨', phone: '13934560001', education: 'bachelor', experienceYears: 2, intro: '计算机科学与技术专业，两年React开发经验，做过政务小程序。' },
  'seed-seeker-2': { name: '刘建军', phone: '15135420002', education: 'secondary', experienceYears: 6, intro: '持焊工证，六年钢结构焊接经验，能适应倒班。' },
  'seed-seeker-3': { name: '赵一凡', phone: '18603510003', education: 'associate', experienceYears: 1, intro: '软件技术专业，熟悉测试用例设计和接口测试。' },
}

/** Who applied to which posting (by title), hours ago, and the steps the firm took since, hours after applying. */
const applications: { seeker: string; title: string; hoursAgo: number; steps: [ApplicationStatus, number, string?][] }[] = [
  { seeker: 'seed-seeker-1', title: '前端开发工程师', hoursAgo: 50, steps: [['viewed', 2], ['interview', 20, '本周五上午10点，太原市小店区长治路111号3层，携带简历']] },
  { seeker: 'seed-seeker-3', title: '前端开发工程师', hoursAgo: 30, steps: [] },
  { seeker: 'seed-seeker-3', title: '软件测试工程师', hoursAgo: 26, steps: [['viewed', 4]] },
  { seeker: 'seed-seeker-2', title: '电焊工', hoursAgo: 70, steps: [['viewed', 1], ['interview', 5, '明天上午9点到厂区门卫处联系王工'], ['offer', 40]] },
]

export async function seedSeekers(db: Database, now: Date): Promise<void> {
  const stamp = now.toISOString()
  for (const [openId, profile] of Object.entries(seekers)) await seekersRepository(db).save(openId, profile, stamp, stamp)
  const { data: jobs } = await db.collection<Job>(JOBS).where({ status: 'published' }).limit(1000).get()
  const byTitle = new Map(jobs.map((j) => [j.title, j]))
  const repo = applicationsRepository(db)
  for (const a of applications) {
    const job = byTitle.get(a.title)
    if (!job) continue
    const applied = now.getTime() - a.hoursAgo * HOUR
    const timeline: TimelineEntry[] = [
      { status: 'submitted', at: new Date(applied).toISOString() },
      ...a.steps.map(([status, after, note]) => ({ status, at: new Date(applied + after * HOUR).toISOString(), ...(note ? { note } : {}) })),
    ]
    const last = timeline[timeline.length - 1]
    const created = await db.runTransaction((tx) => applicationWrites(tx).create({
      jobId: job._id,
      seekerOpenId: a.seeker,
      employerId: job.employerId,
      jobTitle: job.title,
      employerName: job.employerName,
      seeker: seekers[a.seeker],
      status: last.status,
      timeline,
      createdAt: timeline[0].at,
      updatedAt: last.at,
    }))
    await repo.countNew(created, todayInShanghai(new Date(applied)), timeline[0].at, openIdKey(a.seeker, {}))
  }
  const reported = byTitle.get('门店服务员')
  if (reported) {
    await reportsRepository(db).create({
      jobId: reported._id,
      employerId: reported.employerId,
      jobTitle: reported.title,
      employerName: reported.employerName,
      reporterOpenId: 'seed-seeker-1',
      reporterKey: openIdKey('seed-seeker-1', {}),
      reason: 'wrong-info',
      note: '电话沟通时说每月只休两天，与岗位写的月休4天不符',
      status: 'open',
      createdAt: new Date(now.getTime() - 5 * HOUR).toISOString(),
      updatedAt: new Date(now.getTime() - 5 * HOUR).toISOString(),
    })
  }
}
