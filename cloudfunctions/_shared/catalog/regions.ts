/**
 * Shanxi's cities and their districts, as the forms offer them (`account.catalog`) and the
 * functions check them. The app receives them from `account.catalog` rather than bundling them.
 */

/** 山西省 11 个设区的市 and their 117 county-level divisions (区、县、县级市). */
export const SHANXI_REGIONS = [
  { city: '太原市', districts: ['小店区', '迎泽区', '杏花岭区', '尖草坪区', '万柏林区', '晋源区', '清徐县', '阳曲县', '娄烦县', '古交市'] },
  { city: '大同市', districts: ['平城区', '云冈区', '新荣区', '云州区', '阳高县', '天镇县', '广灵县', '灵丘县', '浑源县', '左云县'] },
  { city: '阳泉市', districts: ['城区', '矿区', '郊区', '平定县', '盂县'] },
  { city: '长治市', districts: ['潞州区', '上党区', '屯留区', '潞城区', '襄垣县', '平顺县', '黎城县', '壶关县', '长子县', '武乡县', '沁县', '沁源县'] },
  { city: '晋城市', districts: ['城区', '沁水县', '阳城县', '陵川县', '泽州县', '高平市'] },
  { city: '朔州市', districts: ['朔城区', '平鲁区', '山阴县', '应县', '右玉县', '怀仁市'] },
  { city: '晋中市', districts: ['榆次区', '太谷区', '榆社县', '左权县', '和顺县', '昔阳县', '寿阳县', '祁县', '平遥县', '灵石县', '介休市'] },
  { city: '运城市', districts: ['盐湖区', '临猗县', '万荣县', '闻喜县', '稷山县', '新绛县', '绛县', '垣曲县', '夏县', '平陆县', '芮城县', '永济市', '河津市'] },
  { city: '忻州市', districts: ['忻府区', '定襄县', '五台县', '代县', '繁峙县', '宁武县', '静乐县', '神池县', '五寨县', '岢岚县', '河曲县', '保德县', '偏关县', '原平市'] },
  { city: '临汾市', districts: ['尧都区', '曲沃县', '翼城县', '襄汾县', '洪洞县', '古县', '安泽县', '浮山县', '吉县', '乡宁县', '大宁县', '隰县', '永和县', '蒲县', '汾西县', '侯马市', '霍州市'] },
  { city: '吕梁市', districts: ['离石区', '文水县', '交城县', '兴县', '临县', '柳林县', '石楼县', '岚县', '方山县', '中阳县', '交口县', '孝义市', '汾阳市'] },
] as const

export type City = (typeof SHANXI_REGIONS)[number]['city']
export const CITIES = SHANXI_REGIONS.map((r) => r.city) as [City, ...City[]]

const districtsOf = (city: string): readonly string[] => SHANXI_REGIONS.find((r) => r.city === city)?.districts ?? []
export const isDistrictOf = (city: string, district: string) => districtsOf(city).includes(district)
