/**
 * The province the seed writes, planned without a database: firms of every size class in every
 * industry and city, and their postings in every state. Drawn from named random streams with fixed
 * seeds, so every first start plans the same province; times are hours before the moment of
 * seeding, so it is always dated relative to today.
 */
import type { JobState } from '../cloudfunctions/_shared/catalog/firms'
import { CITIES, type City } from '../cloudfunctions/_shared/catalog/regions'
import { CREDIT_CODE_ALPHABET, creditCodeCheckCharacter } from '../cloudfunctions/_shared/compliance/credit-code'
import type { EmployerProfile, VerificationStatus } from '../cloudfunctions/_shared/repositories/employers'
import type { JobContent } from '../cloudfunctions/_shared/repositories/jobs'
import { INDUSTRIES, SIZE_CLASSES, type Facts, type Industry, type SizeClass } from '../cloudfunctions/_shared/rules/facts'
import { classify, sizeRowOf, type SizeMetric, type SizeRow } from '../cloudfunctions/_shared/rules/size'
import { seededRandom, type Random } from './seed-random'
import { POSTING_REJECTIONS, EMPLOYER_REJECTIONS, GIVEN_NAMES, SEED_CITIES, SEED_INDUSTRIES, SURNAMES, TRADE_WORDS, type JobTemplate, type Workplace } from './seed-vocabulary'

const DAY_HOURS = 24

/** A firm to register: its profile, what the bureau decided, and the facts it stated for the rules. */
export interface FirmPlan {
  ownerOpenId: string
  profile: EmployerProfile
  status: VerificationStatus
  /** Hours before seeding it registered; a decision came a day or two later. */
  registeredHoursAgo: number
  reviewReason?: string
  /** The facts stated for 政策找企业 (besides the profile's), if any. */
  facts?: Facts
}

/** A posting in one of the states a firm and the bureau see; times in hours before seeding. */
export interface PostingPlan {
  owner: string
  content: JobContent
  state: JobState
  createdHoursAgo: number
  submittedHoursAgo?: number
  /** When the bureau decided: published, or rejected with `reviewReason`. */
  reviewedHoursAgo?: number
  reviewReason?: string
  closedHoursAgo?: number
}

export interface ProvincePlan {
  firms: FirmPlan[]
  postings: PostingPlan[]
}

/** The class each size facts are drawn for; the standard's table (rules/size.ts) decides the class. */
const CLASS_EMPLOYEES: Readonly<Record<SizeClass, readonly [number, number]>> = {
  micro: [3, 9],
  small: [12, 80],
  medium: [100, 450],
  large: [600, 2500],
}

/** Firms besides one of each industry and size class: how likely each industry and class is. */
const EXTRA_FIRMS = 52
const INDUSTRY_WEIGHTS: Readonly<Record<Industry, number>> = {
  agriculture: 4,
  industry: 12,
  construction: 6,
  wholesale: 5,
  retail: 6,
  transport: 4,
  warehousing: 3,
  postal: 2,
  accommodation: 3,
  catering: 6,
  'information-transmission': 2,
  'software-it': 5,
  'real-estate': 2,
  'property-management': 3,
  'leasing-business': 4,
  other: 4,
}
const CLASS_WEIGHTS: readonly (readonly [SizeClass, number])[] = [
  ['micro', 3],
  ['small', 5],
  ['medium', 2],
  ['large', 0.5],
]
/** Among the extra firms: so many wait for the bureau, so many were sent back. */
const PENDING_FIRMS = 5
const REJECTED_FIRMS = 3

/** Postings a verified firm has, by its size. */
const POSTINGS_PER_FIRM: Readonly<Record<SizeClass, readonly [number, number]>> = {
  micro: [1, 2],
  small: [2, 3],
  medium: [3, 5],
  large: [4, 6],
}
/** A verified firm's postings after its first (which is recruiting now). */
const LATER_STATES: readonly (readonly [JobState, number])[] = [
  ['published', 55],
  ['expired', 12],
  ['closed', 10],
  ['draft', 8],
  ['pending', 6],
  ['rejected', 7],
]
const VALID_DAYS = [30, 45, 60, 90] as const

/** The owners the seed gives generated firms: seed-firm-5 on (the sample firms are 2–4 and dev-hr). */
export const generatedFirmOwner = (i: number) => `seed-firm-${i + 5}`

const cityName = (city: City) => city.slice(0, -1)

/** 〔GB 11714〕 the check character of a 9-character organisation code's first eight characters. */
export function organisationCodeCheck(first8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2]
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number.parseInt(first8[i], 36) * weights[i]
  const check = 11 - (sum % 11)
  return check === 10 ? 'X' : String(check % 11)
}

/**
 * A 统一社会信用代码 no firm can hold: its 9-character body (the organisation code) ends in a check
 * character GB 11714 does not give, so it was never issued, while the whole code keeps its correct
 * GB 32100 check character and passes the registration form. `serial` numbers the seed's firms.
 */
export function fictionalCreditCode(divisionCode: string, serial: number): string {
  const first8 = `MA0${String(serial).padStart(5, '0')}`
  const right = organisationCodeCheck(first8)
  const wrong = right === '1' ? '2' : '1'
  const first17 = `91${divisionCode}${first8}${wrong}`
  if (![...first17].every((c) => CREDIT_CODE_ALPHABET.includes(c))) throw new RangeError(`not a credit-code body: ${first17}`)
  return first17 + creditCodeCheckCharacter(first17)
}

/**
 * A landline no one answers: a local number starting with 0, which the numbering plan never gives a
 * subscriber (0 is the trunk prefix), after the city's real area code.
 */
export const fictionalLandline = (city: City, n: number) => `${SEED_CITIES[city].areaCode}-0${String(n % 1_000_000).padStart(6, '0')}`

/** A mobile number no one answers: 154 is a mobile prefix no operator has been given. */
export const fictionalMobile = (n: number) => `154${String(n).padStart(8, '0')}`

/** Money rounded to 万元. */
const wan = (yuan: number) => Math.max(10_000, Math.round(yuan / 10_000) * 10_000)

/** A value in [lo, hi), spread evenly on a log scale (firms' money spans orders of magnitude). */
const logBetween = (random: Random, lo: number, hi: number) => Math.exp(Math.log(lo) + random.next() * (Math.log(hi) - Math.log(lo)))

/**
 * Size facts that put a firm of `industry` in `sizeClass` by the 2011 standard: each metric the
 * industry's row uses in the class's band, the others plausible beside them.
 */
function sizeFacts(random: Random, row: SizeRow, sizeClass: SizeClass): Required<Pick<EmployerProfile, 'employees' | 'revenue' | 'totalAssets'>> {
  const band = (m: SizeMetric): readonly [number, number] | null => {
    const ceiling = row.ceiling[m]
    const medium = row.medium[m]
    const small = row.small[m]
    if (ceiling === undefined || medium === undefined || small === undefined) return null
    if (sizeClass === 'large') return [ceiling, ceiling * 2.5]
    if (sizeClass === 'medium') return [medium, ceiling]
    if (sizeClass === 'small') return [small, medium]
    return [m === 'employees' ? 1 : small / 8, small]
  }
  // Staff within the row's band, as near the class's usual headcount as the band allows.
  const [usualLo, usualHi] = CLASS_EMPLOYEES[sizeClass]
  const staffBand = band('employees')
  let lo = staffBand ? Math.max(Math.ceil(staffBand[0]), usualLo) : usualLo
  let hi = staffBand ? Math.min(Math.ceil(staffBand[1]) - 1, usualHi) : usualHi
  if (staffBand && lo > hi) {
    lo = Math.ceil(staffBand[0])
    hi = Math.min(Math.ceil(staffBand[1]) - 1, lo * 3)
  }
  const employees = random.int(lo, hi)
  const revenueBand = band('revenue')
  // Without a band, revenue follows the staff: 15–40万 a head.
  let revenue = revenueBand ? wan(logBetween(random, revenueBand[0], revenueBand[1])) : wan(employees * random.int(150_000, 400_000))
  if (revenueBand && revenue >= revenueBand[1]) revenue = Math.floor((revenueBand[1] - 1) / 10_000) * 10_000
  if (revenueBand && revenue < revenueBand[0]) revenue = Math.ceil(revenueBand[0] / 10_000) * 10_000
  const assetsBand = band('totalAssets')
  let totalAssets = assetsBand ? wan(logBetween(random, assetsBand[0], assetsBand[1])) : wan(revenue * (0.5 + random.next()))
  if (assetsBand && totalAssets >= assetsBand[1]) totalAssets = Math.floor((assetsBand[1] - 1) / 10_000) * 10_000
  if (assetsBand && totalAssets < assetsBand[0]) totalAssets = Math.ceil(assetsBand[0] / 10_000) * 10_000
  const facts = { employees, revenue, totalAssets }
  const got = classify(row, facts)
  if (got !== sizeClass) throw new Error(`seed: size facts ${JSON.stringify(facts)} make a ${got} firm, not ${sizeClass}`)
  return facts
}

function addressOf(random: Random, workplace: Workplace, trade: string): string {
  const n = (lo: number, hi: number) => random.int(lo, hi)
  switch (workplace) {
    case 'factory':
      return `${trade}工业园${random.pick(['A', 'B', 'C', 'D'])}区${n(1, 40)}号`
    case 'site':
    case 'office':
      return `${trade}大厦${n(2, 24)}层`
    case 'shop':
      return `${trade}商业广场${n(1, 3)}层${n(101, 136)}号`
    case 'farm':
      return `${trade}种养基地${n(1, 12)}号`
    case 'depot':
      return `${trade}物流园${n(1, 30)}号库`
  }
}

/** What firms of a size state for the rules: the measures such a firm makes use of (第21条's hiring subsidy and 第20条's are for small and micro firms). */
const FACT_KINDS = {
  small: ['hiring', 'hiring', 'startup', 'graduates', 'difficult', 'training', 'interns'],
  large: ['training', 'apprentices', 'apprentices', 'difficult', 'graduates', 'interns'],
} as const

/** What a firm stated for the rules: enough for one or two of the enterprise measures. */
function statedFacts(random: Random, employees: number, sizeClass: SizeClass): Facts {
  const upTo = (n: number) => Math.max(1, Math.min(employees, n))
  const kinds = random.sample(FACT_KINDS[sizeClass === 'small' || sizeClass === 'micro' ? 'small' : 'large'], random.int(1, 2))
  const facts: Facts = { insuredStaff: upTo(employees - random.int(0, Math.floor(employees / 10))), layoffsLastYear: 0 }
  for (const kind of kinds) {
    if (kind === 'hiring') facts.newHires = upTo(Math.round(employees * (0.05 + random.next() * 0.1)))
    if (kind === 'training') facts.trainedStaff = upTo(Math.round(employees * (0.1 + random.next() * 0.3)))
    if (kind === 'apprentices') facts.apprentices = upTo(Math.round(employees * 0.05))
    if (kind === 'difficult') Object.assign(facts, { difficultHires: upTo(random.int(1, 4)), difficultHireMonths: random.int(6, 24) })
    if (kind === 'graduates') Object.assign(facts, { graduateHires: upTo(random.int(1, 6)), difficultHires: facts.difficultHires ?? 0 })
    // No minimum wage stated: the matching shows these firms one fact short (needs-info).
    if (kind === 'interns') Object.assign(facts, { interns: random.int(2, 8), internMonths: random.int(3, 12) })
    if (kind === 'startup') Object.assign(facts, { firstTimeFounder: true, operatingMonths: random.int(8, 30) })
  }
  return facts
}

/** Basic monthly pay for a template in a city, rounded as firms write it. */
function payOf(template: JobTemplate, city: City, sizeClass: SizeClass): JobContent['pay'] {
  const factor = SEED_CITIES[city].payFactor * (sizeClass === 'large' ? 1.08 : sizeClass === 'micro' ? 0.95 : 1)
  const min = Math.max(2500, Math.round((template.pay[0] * factor) / 100) * 100)
  const max = Math.max(min + 500, Math.round((template.pay[1] * factor) / 500) * 500)
  return { min, max }
}

function benefitsOf(random: Random, industry: Industry): string {
  const seed = SEED_INDUSTRIES[industry]
  return [random.pick(seed.insurance), ...random.sample(seed.extras, random.int(2, 4))].join('，')
}

/** Times of a posting in `state`, hours before seeding. */
function timesOf(random: Random, state: JobState, validDays: number): Omit<PostingPlan, 'owner' | 'content' | 'state' | 'reviewReason'> {
  const span = validDays * DAY_HOURS
  const published = (hours: number) => {
    const submitted = hours + random.int(2, 30)
    return { createdHoursAgo: submitted + random.int(0, 3 * DAY_HOURS), submittedHoursAgo: submitted, reviewedHoursAgo: hours }
  }
  switch (state) {
    case 'published':
      // More of them recent than old, as on a live board.
      return published(1 + Math.floor(random.next() ** 1.6 * (span - 2)))
    case 'expired':
      return published(span + random.int(1, 40 * DAY_HOURS))
    case 'closed': {
      const hours = random.int(3 * DAY_HOURS, span + 30 * DAY_HOURS)
      return { ...published(hours), closedHoursAgo: random.int(1, hours - 2 * DAY_HOURS) }
    }
    case 'pending': {
      const submitted = random.int(1, 96)
      return { createdHoursAgo: submitted + random.int(0, 2 * DAY_HOURS), submittedHoursAgo: submitted }
    }
    case 'rejected': {
      const submitted = random.int(30, 20 * DAY_HOURS)
      return { createdHoursAgo: submitted + random.int(1, 2 * DAY_HOURS), submittedHoursAgo: submitted, reviewedHoursAgo: submitted - random.int(2, 24) }
    }
    case 'draft':
      return { createdHoursAgo: random.int(2, 30 * DAY_HOURS) }
  }
}

/** A posting of `template` by `firm`. */
function postingOf(random: Random, firm: FirmPlan, sizeClass: SizeClass, template: JobTemplate, state: JobState): PostingPlan {
  const { profile } = firm
  const validDays = random.pick(VALID_DAYS)
  const headcount = random.int(template.headcount[0], template.headcount[1]) * (sizeClass === 'large' && template.headcount[1] > 1 ? 2 : 1)
  return {
    owner: firm.ownerOpenId,
    content: {
      title: template.title,
      headcount,
      duties: template.duties,
      requirements: { education: template.education, experienceYears: template.experienceYears, other: template.other ?? '' },
      location: { city: profile.city, district: profile.district, address: profile.address },
      pay: payOf(template, profile.city as City, sizeClass),
      benefits: benefitsOf(random, profile.industry as Industry),
      validDays,
    },
    state,
    ...timesOf(random, state, validDays),
    ...(state === 'rejected' ? { reviewReason: random.pick(POSTING_REJECTIONS) } : {}),
  }
}

/**
 * The generated province: one verified firm of each industry and size class, then more where
 * Shanxi has more (manufacturing, catering, retail…), a few awaiting review or sent back; every
 * city has firms. `asOf` (YYYY-MM-DD) picks the size standard's row in force; `takenNames` are
 * names the sample firms already use.
 */
export function planProvince(asOf: string, takenNames: ReadonlySet<string>): ProvincePlan {
  const random = seededRandom('province')
  const names = new Set(takenNames)
  const kinds: { industry: Industry; sizeClass: SizeClass; status: VerificationStatus }[] = INDUSTRIES.flatMap((industry) =>
    SIZE_CLASSES.map((sizeClass) => ({ industry, sizeClass, status: 'verified' as const })),
  )
  for (let i = 0; i < EXTRA_FIRMS; i++) {
    const status = i < PENDING_FIRMS ? 'pending' : i < PENDING_FIRMS + REJECTED_FIRMS ? 'rejected' : 'verified'
    kinds.push({ industry: random.weighted(INDUSTRIES.map((x) => [x, INDUSTRY_WEIGHTS[x]] as const)), sizeClass: random.weighted(CLASS_WEIGHTS), status })
  }
  const cityWeights = CITIES.map((c) => [c, SEED_CITIES[c].weight] as const)
  // Every city gets one of the first firms; the rest go where the weights say.
  const firstCities = random.sample(CITIES, CITIES.length)

  const firms: FirmPlan[] = []
  const postings: PostingPlan[] = []
  kinds.forEach(({ industry, sizeClass, status }, i) => {
    const city = i < firstCities.length ? firstCities[i] : random.weighted(cityWeights)
    const place = SEED_CITIES[city]
    const seed = SEED_INDUSTRIES[industry]
    let name = ''
    let trade = ''
    do {
      trade = random.chance(0.35) ? random.pick(place.placeWords) : random.pick(TRADE_WORDS)
      const suffix = sizeClass === 'large' ? random.pick(['集团有限公司', '股份有限公司']) : '有限公司'
      name = `${cityName(city)}${trade}${random.pick(seed.businesses)}${suffix}`
    } while (names.has(name))
    names.add(name)
    const row = sizeRowOf(industry, asOf)
    if (!row) throw new Error(`seed: no size standard for ${industry} on ${asOf}`)
    const size = sizeFacts(random, row, sizeClass)
    const firm: FirmPlan = {
      ownerOpenId: generatedFirmOwner(i),
      profile: {
        name,
        creditCode: fictionalCreditCode(place.divisionCode, i + 101),
        ownership: 'private',
        industry,
        ...size,
        city,
        district: random.pick(place.districts),
        address: addressOf(random, seed.workplace, trade),
        contactName: `${random.pick(SURNAMES)}${random.pick(GIVEN_NAMES)}`,
        contactPhone: fictionalLandline(city, i + 1),
      },
      status,
      registeredHoursAgo:
        status === 'verified' ? random.int(150, 700) * DAY_HOURS + random.int(0, 23) : status === 'pending' ? random.int(2, 100) : random.int(3, 20) * DAY_HOURS,
      ...(status === 'rejected' ? { reviewReason: random.pick(EMPLOYER_REJECTIONS) } : {}),
      ...(status === 'verified' && random.chance(0.4) ? { facts: statedFacts(random, size.employees, sizeClass) } : {}),
    }
    firms.push(firm)
    if (status === 'verified') {
      const [lo, hi] = POSTINGS_PER_FIRM[sizeClass]
      const templates = random.sample(seed.jobs, Math.min(seed.jobs.length, random.int(lo, hi)))
      templates.forEach((template, k) => postings.push(postingOf(random, firm, sizeClass, template, k === 0 ? 'published' : random.weighted(LATER_STATES))))
    } else if (random.chance(0.6)) {
      // Not yet verified: a draft written since registering, waiting.
      postings.push({ ...postingOf(random, firm, sizeClass, random.pick(seed.jobs), 'draft'), createdHoursAgo: firm.registeredHoursAgo * (0.2 + 0.7 * random.next()) })
    }
  })
  return { firms, postings }
}
