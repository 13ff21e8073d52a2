import { ChoiceChips } from '../ChoiceChips'
import { FormField } from '../FormField'

export interface Region {
  city: string
  districts: string[]
}

interface RegionFieldsProps {
  regions: readonly Region[]
  city: string
  district: string
  /** 所在城市, 工作城市 … */
  cityLabel?: string
  errors?: { city?: string; district?: string }
  onCity: (city: string) => void
  onDistrict: (district: string) => void
}

/** A Shanxi city, then one of its districts (shown once a city is chosen), as chips. */
export function RegionFields({ regions, city, district, cityLabel = '所在城市', errors = {}, onCity, onDistrict }: RegionFieldsProps) {
  const districts = regions.find((r) => r.city === city)?.districts ?? []
  return (
    <>
      <FormField label={cityLabel} name='city' required error={errors.city}>
        <ChoiceChips options={regions.map((r) => ({ value: r.city, label: r.city }))} value={city || undefined} onChange={onCity} />
      </FormField>
      {city && (
        <FormField label='区县' name='district' required error={errors.district}>
          <ChoiceChips options={districts.map((d) => ({ value: d, label: d }))} value={district || undefined} onChange={onDistrict} />
        </FormField>
      )}
    </>
  )
}

/** The region's error for a draft, if any: no city, or a district not of that city. */
export function regionErrors(regions: readonly Region[], city: string, district: string, noCity: string): { city?: string; district?: string } {
  if (!city) return { city: noCity }
  return regions.find((r) => r.city === city)?.districts.includes(district) ? {} : { district: '请选择区县' }
}

/** A form's draft with one field changed; a new city clears the district, which was the old city's. */
export function withField<D extends { city: string; district: string }, K extends keyof D>(draft: D, field: K, value: D[K]): D {
  return { ...draft, [field]: value, ...(field === 'city' && value !== draft.city ? { district: '' } : {}) }
}
