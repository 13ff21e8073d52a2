/**
 * The small private software firm both quiz walks (H5 in Chromium, the weapp build in WeChat's
 * runtime) answer as: 第8条 5 trained × 300元 = 1,500元; 第21条 12 hires × 1000元 = 12,000元 and
 * 2 hard-to-employ hires × 300元 × 6 months = 3,600元; 第22条 3 interns × 6 months × 60% of 1,880元
 * = 20,304元. Total 37,404元.
 */
export type QuizAnswer = { chip: string } | { type: string }

/** Its answer to every fact question it may be asked (none its 否 screens close): chips by label, numbers as typed. */
export const SOFTWARE_FIRM_FACTS: Readonly<Record<string, QuizAnswer>> = {
  ownership: { chip: '民营企业' },
  industry: { chip: '软件和信息技术服务业' },
  employees: { type: '40' },
  revenue: { type: '3000000' },
  totalAssets: { type: '5000000' },
  trainedStaff: { type: '5' },
  apprentices: { type: '0' },
  newHires: { type: '12' },
  difficultHires: { type: '2' },
  difficultHireMonths: { type: '6' },
  interns: { type: '3' },
  internMonths: { type: '6' },
  localMinimumWage: { type: '1880' },
  firstTimeFounder: { chip: '否' },
}

/** Its answers to the screening questions it is asked first, by screen name. */
export const SOFTWARE_FIRM_SCREENS: Readonly<Record<string, '是' | '否'>> = { hired: '是', graduates: '否', interns: '是', training: '是' }
