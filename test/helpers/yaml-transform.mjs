/**
 * Jest transform for the YAML test data (test/rules/cases/*.yaml): the file becomes a module of its
 * parsed value. Jest caches transformed files, so a file is parsed once, not on every run (a
 * mutation run loads the cases once per mutant).
 */
import { parse } from 'yaml'

export default {
  process: (source) => ({ code: `module.exports = ${JSON.stringify(parse(source))}` }),
}
