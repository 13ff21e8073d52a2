import { buildIfStale } from '../helpers/build'

/**
 * Rebuilds dist/weapp when src/ or config/ is newer. The WeChat build always calls the cloud
 * (config/index.ts keeps local mode to H5); no subscription template, so none is asked for.
 */
export default function globalSetup() {
  buildIfStale('build:weapp', 'dist/weapp/app.json', { JQT_SUBSCRIBE_TEMPLATE_APPLICATION_STATUS: '', JQT_CLOUD_ENV: '' })
}
