/**
 * The notice's 26 measures as rules, one module each (<nn>-<name>.ts, its cases in
 * test/rules/cases/<nn>-<name>.yaml), and the registry of every parameter by name.
 */
import type { MeasureRules } from '../measure'
import { NOTICE_PARAMETERS, valueAt, type ParameterDef, type Period } from '../parameters'
import { SIZE_PARAMETERS } from '../size'
import { measure1 } from './01-title-committees'
import { measure2 } from './02-title-applications'
import { measure3, parameters as parameters3 } from './03-title-recognition'
import { measure4 } from './04-talent-platforms'
import { measure5 } from './05-secondment-to-firms'
import { measure6 } from './06-secondment-to-academia'
import { measure7 } from './07-move-to-public-institutions'
import { measure8, parameters as parameters8 } from './08-training'
import { measure9, parameters as parameters9 } from './09-skill-titles'
import { measure10, parameters as parameters10 } from './10-skill-contests'
import { measure11, parameters as parameters11 } from './11-skill-upgrade'
import { measure12 } from './12-licensing'
import { measure13 } from './13-hr-services'
import { measure14, parameters as parameters14 } from './14-premium-relief'
import { measure15, parameters as parameters15 } from './15-stabilisation-refund'
import { measure16 } from './16-lenient-enforcement'
import { measure17 } from './17-work-injury-pooling'
import { measure18, parameters as parameters18 } from './18-work-injury-prevention'
import { measure19 } from './19-occupational-injury'
import { measure20, parameters as parameters20 } from './20-startup'
import { measure21, parameters as parameters21 } from './21-hiring'
import { measure22, parameters as parameters22 } from './22-internship'
import { measure23 } from './23-easier-claims'
import { measure24 } from './24-service-officers'
import { measure25 } from './25-recruitment-platforms'
import { measure26 } from './26-personnel-files'

/** Every measure, in the notice's order. */
export const MEASURES: readonly MeasureRules[] = [
  measure1,
  measure2,
  measure3,
  measure4,
  measure5,
  measure6,
  measure7,
  measure8,
  measure9,
  measure10,
  measure11,
  measure12,
  measure13,
  measure14,
  measure15,
  measure16,
  measure17,
  measure18,
  measure19,
  measure20,
  measure21,
  measure22,
  measure23,
  measure24,
  measure25,
  measure26,
]

const byId = new Map(MEASURES.map((m) => [m.id, m]))
/** The rules of measure `id` (1–26), or undefined. */
export const measureRules = (id: number): MeasureRules | undefined => byId.get(id)

/** Every parameter, by name: the notice's date, the 2011 size table and each measure's own. */
export const PARAMETERS = {
  ...NOTICE_PARAMETERS,
  ...SIZE_PARAMETERS,
  ...parameters3,
  ...parameters8,
  ...parameters9,
  ...parameters10,
  ...parameters11,
  ...parameters14,
  ...parameters15,
  ...parameters18,
  ...parameters20,
  ...parameters21,
  ...parameters22,
}

export type ParameterName = keyof typeof PARAMETERS
export type ParameterValue<N extends ParameterName> = (typeof PARAMETERS)[N] extends ParameterDef<infer T> ? T : never
export const PARAMETER_NAMES = Object.keys(PARAMETERS) as ParameterName[]

/** The value in force on `asOf`, or undefined when the parameter has none that day. */
export const findParameter = <N extends ParameterName>(name: N, asOf: string): ParameterValue<N> | undefined =>
  valueAt(PARAMETERS[name] as ParameterDef<ParameterValue<N>>, asOf)

/** The value in force on `asOf`; throws when there is none. */
export function parameter<N extends ParameterName>(name: N, asOf: string): ParameterValue<N> {
  const v = findParameter(name, asOf)
  if (v === undefined) throw new Error(`parameter ${name} has no value in force on ${asOf}`)
  return v
}

/** The whole history of a parameter (for documentation pages and tests). */
export const parameterHistory = <N extends ParameterName>(name: N): readonly Period<ParameterValue<N>>[] =>
  (PARAMETERS[name] as ParameterDef<ParameterValue<N>>).values

/** Parameter values as of one date, by name (for prose built from values). */
export type ParameterLookup = <N extends ParameterName>(name: N) => ParameterValue<N>
export const lookupAsOf =
  (asOf: string): ParameterLookup =>
  (name) =>
    parameter(name, asOf)
