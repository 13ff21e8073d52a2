import { buildIfStale } from '../helpers/build'
import { chromiumPath } from './browser'

/** Fails early with a clear message when Chromium is missing; rebuilds H5 when src is newer (the .br copies are written last). */
export default function globalSetup() {
  chromiumPath()
  buildIfStale('build:h5')
}
