/** The word list: what the law forbids is caught with its reason; ordinary, lawful wording passes. */
import { checkPostingTexts, normaliseForCheck, summariseHits } from '../../cloudfunctions/_shared/compliance/posting-check'
import { COMPLIANCE_RULES } from '../../cloudfunctions/_shared/compliance/posting-words'

const check = (text: string) => checkPostingTexts([{ field: 'duties', fieldLabel: '岗位职责', text }])
const words = (text: string) => check(text).map((h) => `${h.word}/${h.category}`)

describe('the posting word list', () => {
  it.each([
    ['限男性', ['限男性/gender']],
    ['仅限女性，男士勿扰', ['仅限女性/gender', '男士勿扰/gender']],
    ['女性优先', ['女性优先/gender']],
    ['不招女生', ['不招女生/gender']],
    ['已婚已育优先', ['已婚已育优先/marriage']],
    ['两年内不得生育', ['两年内不得生育/marriage']],
    ['孕妇勿扰', ['孕妇勿扰/marriage']],
    ['入职需做妊娠检查', ['妊娠检查/marriage']],
    ['汉族优先', ['汉族优先/ethnicity']],
    ['不招维吾尔族', ['不招维吾尔族/ethnicity']],
    ['只招白人', ['只招白人/race']],
    ['无宗教信仰', ['无宗教信仰/religion']],
    ['穆斯林勿扰', ['穆斯林勿扰/religion']],
    ['仅限本地户口', ['仅限本地户口/hukou']],
    ['要求太原户籍', ['要求太原户籍/hukou']],
    ['不招农村户口', ['不招农村户口/hukou']],
    ['河南人勿扰', ['河南人勿扰/region']],
    ['只招本地人', ['只招本地人/region']],
    ['东北籍免谈', ['东北籍免谈/region']],
    ['乙肝携带者勿扰', ['乙肝携带者勿扰/health']],
    ['需交押金300元', ['押金/fee']],
    ['先交培训费', ['先交培训费/fee']],
    ['高薪保录', ['高薪保录/misleading']],
    ['兼职刷单', ['刷单/illegal']],
  ])('catches 「%s」', (text, expected) => {
    expect(words(text)).toEqual(expected)
  })

  it.each([
    '男女不限，户籍不限，学历不限',
    '少数民族优先（《就业促进法》第二十八条允许的适当照顾）',
    '不收押金，公司承担培训费',
    '退役军人优先，烈士子女优先',
    '应届毕业生优先，有驾照者优先，本科及以上学历',
    '入职提供员工宿舍，可协助办理落户',
    '男女平等，同工同酬',
    '负责门店日常运营与客户服务',
  ])('lets 「%s」 pass', (text) => {
    expect(check(text)).toEqual([])
  })

  it('is not fooled by spaces, zero-width characters or full-width letters', () => {
    expect(words('限 男\u200b性')).toEqual(['限男性/gender'])
    expect(words('ＨＩＶ携带者勿扰')).toEqual(['HIV携带者勿扰/health'])
    expect(normaliseForCheck('限 男 性，ＡＢＣ')).toBe('限男性，ABC')
  })

  it('reports every hit with its field, category, label, reason and source', () => {
    const hits = checkPostingTexts([
      { field: 'title', fieldLabel: '岗位名称', text: '保安（限男性）' },
      { field: 'benefits', fieldLabel: '福利待遇', text: '包吃住，本地人优先，本地人优先' },
    ])
    expect(hits).toEqual([
      expect.objectContaining({ field: 'title', fieldLabel: '岗位名称', word: '限男性', category: 'gender', categoryLabel: '性别歧视', kind: 'discrimination', source: 'word-list' }),
      expect.objectContaining({ field: 'benefits', word: '本地人优先', category: 'region', categoryLabel: '地域歧视' }),
    ])
    expect(summariseHits(hits)).toBe('「限男性」（性别歧视）、「本地人优先」（地域歧视）')
  })

  it('gives every category a reason citing the law', () => {
    for (const rule of COMPLIANCE_RULES) {
      expect(rule.reason).toMatch(/《[^》]+》/)
      expect(rule.words.length + rule.patterns.length).toBeGreaterThan(0)
    }
    const cited = COMPLIANCE_RULES.map((r) => r.reason).join('')
    for (const law of ['《就业促进法》第三条', '第二十七条', '第二十八条', '第三十一条', '《人力资源市场暂行条例》第二十四条', '《网络招聘服务管理规定》']) {
      expect(cited).toContain(law)
    }
  })
})
