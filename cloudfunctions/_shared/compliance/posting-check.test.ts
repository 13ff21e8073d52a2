/**
 * The grammar: what the law forbids is caught with the construction that made it unlawful and the
 * sentence it is in; a negation undoes only what it governs; lawful wording passes. Texts are
 * normalised as every free-text field is at the boundary. The labelled corpus is corpus.test.ts.
 */
import { checkPostingTexts, summariseHits } from './posting-check'
import { COMPLIANCE_CATEGORIES, CONSTRUCTIONS } from './posting-words'
import { normaliseText } from '../validation'

const check = (text: string) => checkPostingTexts([{ field: 'duties', fieldLabel: '岗位职责', text: normaliseText(text) }])
const found = (text: string) => check(text).map((h) => `${h.word}/${h.category}/${h.construction}`)

describe('the posting check', () => {
  it.each([
    ['限男性', ['限男性/gender/limit']],
    ['仅限女性，男士勿扰', ['仅限女性/gender/limit', '男士勿扰/gender/exclude']],
    ['女性优先', ['女性优先/gender/prefer']],
    ['不招女生', ['不招女生/gender/refuse']],
    ['性别：男', ['性别：男/gender/label']],
    ['男，35岁以下', ['男/gender/bare']],
    ['诚聘女文员', ['诚聘女/gender/recruit']],
    ['已婚已育优先', ['已婚已育优先/marriage/prefer']],
    ['两年内不得生育', ['两年内不得生育/marriage/practice']],
    ['入职需做妊娠检查', ['妊娠检查/marriage/practice']],
    ['汉族优先', ['汉族优先/ethnicity/prefer']],
    ['维吾尔族不予考虑', ['维吾尔族不予考虑/ethnicity/exclude']],
    ['只招白人', ['只招白人/race/limit']],
    ['要求无宗教信仰', ['要求无宗教信仰/religion/require']],
    ['佛教徒优先', ['佛教徒优先/religion/prefer']],
    ['须为本地户口', ['须为本地户口/hukou/require']],
    ['户籍：太原市', ['户籍：太原市/hukou/label']],
    ['河南人勿扰', ['河南人勿扰/region/exclude']],
    ['东北籍不录用', ['东北籍不录用/region/exclude']],
    ['乙肝携带者勿扰', ['乙肝携带者勿扰/health/exclude']],
    ['身体无残疾', ['无残疾/health/absence']],
    ['需交押金300元', ['押金/fee/practice']],
    ['身份证作为押金', ['身份证作为押金/fee/practice']],
    ['高薪保录', ['高薪保录/misleading/word']],
    ['兼职刷单', ['刷单/illegal/word']],
  ])('catches 「%s」', (text, expected) => {
    expect(found(text)).toEqual(expected)
  })

  it.each([
    '男女不限，户籍不限，学历不限',
    '不限性别、民族、户籍',
    '无性别要求，无宗教信仰要求',
    '少数民族优先（《就业促进法》第二十八条允许的适当照顾）',
    '退役军人优先，残疾人优先，烈士子女优先',
    '无需缴纳任何押金，不收取任何费用',
    '公司不扣押身份证等证件',
    '免费接种乙肝疫苗，女职工享受产假',
    '入职提供员工宿舍，已婚员工可申请夫妻房，可协助办理落户',
    '负责女装店铺运营，有限公司工作年限三年以上',
  ])('lets 「%s」 pass', (text) => {
    expect(check(text)).toEqual([])
  })

  it('lets a negation undo only what it governs', () => {
    expect(found('男女不限，本地人优先')).toEqual(['本地人优先/region/prefer'])
    expect(found('户籍不限，男性优先')).toEqual(['男性优先/gender/prefer'])
    expect(found('不收押金，但需交培训费')).toEqual(['需交培训费/fee/practice'])
  })

  it('judges every attribute of one restriction, and what an exclusion is about', () => {
    expect(found('限本地户口男性')).toEqual(['限本地户口男性/hukou/limit', '限本地户口男性/gender/limit'])
    // Refusing pregnant women refuses pregnancy: the women in it are not what is refused.
    expect(found('孕期女性勿扰')).toEqual(['孕期女性勿扰/marriage/exclude'])
    expect(found('河南籍男性勿扰')).toEqual(['河南籍男性勿扰/region/exclude'])
  })

  it('lets a sentence citing the work the law keeps women from restrict gender', () => {
    expect(check('矿山井下作业，仅限男性（依据《女职工劳动保护特别规定》）')).toEqual([])
    expect(found('仓库作业，仅限男性')).toEqual(['仅限男性/gender/limit'])
  })

  it('reads through spaces, brackets, dashes and invisible characters, and reports the words as written', () => {
    expect(found('限（男）性')).toEqual(['限（男）性/gender/limit'])
    expect(found('仅-限-男-性')).toEqual(['仅-限-男-性/gender/limit'])
    expect(found('限 男\u200b性')).toEqual(['限 男性/gender/limit'])
    expect(found('仅限本地户\u00ad口')).toEqual(['仅限本地户口/hukou/limit'])
    expect(found('限\u2f25性')).toEqual(['限女性/gender/limit'])
    expect(found('ＨＩＶ携带者勿扰')).toEqual(['HIV携带者勿扰/health/exclude'])
    expect(found('hiv携带者勿扰')).toEqual(['hiv携带者勿扰/health/exclude'])
  })

  it('reports every hit with its field, sentence, place, category, construction, reason and source', () => {
    const benefits = '包吃住。本地人优先，本地人优先！'
    const hits = checkPostingTexts([
      { field: 'title', fieldLabel: '岗位名称', text: '保安（男）' },
      { field: 'benefits', fieldLabel: '福利待遇', text: benefits },
    ])
    expect(hits).toEqual([
      {
        field: 'title',
        fieldLabel: '岗位名称',
        word: '男',
        category: 'gender',
        categoryLabel: '性别歧视',
        kind: 'discrimination',
        reason: COMPLIANCE_CATEGORIES.gender.reason,
        construction: 'bare',
        constructionLabel: CONSTRUCTIONS.bare,
        sentence: '保安（男）',
        span: [3, 4],
        source: 'word-list',
      },
      expect.objectContaining({ field: 'benefits', word: '本地人优先', category: 'region', categoryLabel: '地域歧视', construction: 'prefer', sentence: '本地人优先，本地人优先！', span: [4, 9] }),
    ])
    expect(benefits.slice(4, 9)).toBe('本地人优先')
    expect(summariseHits(hits)).toBe('「男」（性别歧视）、「本地人优先」（地域歧视）')
  })

  it('reads the longest field of repeated places, labels, negations and attributes in one pass', () => {
    // Each once made the reader try every way to split the run (seconds at 40 characters).
    const longest = 2000
    const runs = ['县', '太原县', '山西', '宗教信仰', '需要', '男或', '女的', '汉族', '限']
    for (const unit of runs) expect(Array.isArray(check(unit.repeat(Math.floor(longest / unit.length))))).toBe(true)
    expect(found(`不${'需要'.repeat(5)}押金`)).toEqual([])
    expect(found(`${'山西'.repeat(3)}人勿扰`)).toEqual(['山西山西山西人勿扰/region/exclude'])
  })

  it('gives every category a reason citing the law, and every construction a Chinese name', () => {
    for (const { reason } of Object.values(COMPLIANCE_CATEGORIES)) expect(reason).toMatch(/《[^》]+》/)
    const cited = Object.values(COMPLIANCE_CATEGORIES)
      .map((c) => c.reason)
      .join('')
    for (const law of ['《就业促进法》第三条', '第二十七条', '第二十八条', '第二十九条', '第三十条', '第三十一条', '《劳动合同法》第九条', '《人力资源市场暂行条例》第二十四条', '《网络招聘服务管理规定》']) {
      expect(cited).toContain(law)
    }
    for (const label of Object.values(CONSTRUCTIONS)) expect(label).toMatch(/^[\u4e00-\u9fff]/)
  })
})
