/** The catalogue the firm forms' unit tests share: two cities, one choice of each kind. Not part of the app. */
import type { Catalog } from '../../services/employer'

export const catalog: Catalog = {
  industries: [{ value: 'software-it', label: '软件和信息技术服务业' }],
  ownerships: [{ value: 'private', label: '民营企业' }],
  educations: [{ value: 'none', label: '学历不限' }],
  experienceYears: [{ value: 0, label: '经验不限' }],
  regions: [{ city: '太原市', districts: ['小店区', '晋源区'] }, { city: '大同市', districts: ['平城区'] }],
  maxValidDays: 90,
}
