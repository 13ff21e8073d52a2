import { buildIfStale } from '../helpers/build'

/** Rebuilds dist/weapp when src/ or config/ is newer. */
export default function globalSetup() {
  buildIfStale('build:weapp')
}
