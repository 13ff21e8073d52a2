/**
 * The mini-program's app id comes from TARO_APP_ID, Taro's own variable for it: Taro writes it into
 * dist/weapp/project.config.json. WeChat DevTools opens the repository root (its
 * project.config.json names dist/weapp/ and cloudfunctions/, which keeps the cloud panel), so this
 * plugin also writes it into the root's project.private.config.json — the personal settings
 * DevTools reads over project.config.json, kept out of git. Without TARO_APP_ID nothing changes and
 * DevTools opens the project as touristappid, where cloud development is off.
 */
import fs from 'node:fs'
import path from 'node:path'

const PRIVATE_CONFIG = 'project.private.config.json'

/** Sets `appid` in the root's project.private.config.json, keeping whatever else DevTools stored there. */
export function writeDevToolsAppId(root: string, appId: string) {
  const file = path.join(root, PRIVATE_CONFIG)
  const current = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {}
  fs.writeFileSync(file, `${JSON.stringify({ ...current, appid: appId }, null, 2)}\n`)
}

/** The part of Taro's plugin context this plugin uses. */
interface PluginContext {
  paths: { appPath: string }
  onBuildStart: (fn: () => void) => void
}

export default (ctx: PluginContext) => {
  ctx.onBuildStart(() => {
    const appId = process.env.TARO_APP_ID?.trim()
    if (process.env.TARO_ENV !== 'weapp') return
    if (appId) writeDevToolsAppId(ctx.paths.appPath, appId)
    else console.warn('TARO_APP_ID is not set: WeChat DevTools opens the project as touristappid, without cloud development (README: WeChat DevTools).')
  })
}
