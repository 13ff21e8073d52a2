/**
 * TARO_APP_ID, Taro's variable for the mini-program's app id, reaches both projects WeChat DevTools
 * can open: dist/weapp (Taro's own generateProjectConfig, taken from the installed CLI) and the
 * repository root (config/devtools-appid.ts, through project.private.config.json).
 */
import os from 'node:os'
import fs from 'node:fs'
import path from 'node:path'
import devToolsAppId from './devtools-appid'

const root = path.resolve(__dirname, '..')
const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
})

/** Taro's step that writes dist/<platform>/project.config.json, run on this repository's project.config.json. */
function taroProjectConfig(): Record<string, unknown> {
  // Taro's CommonJS preset: its default export registers the method.
  const { default: preset } = jest.requireActual<{ default: (ctx: object) => void }>('@tarojs/cli/dist/presets/files/generateProjectConfig')
  let generate: ((options: { srcConfigName: string; distConfigName: string }) => void) | undefined
  let written = ''
  preset({
    registerMethod: (_name: string, fn: typeof generate) => void (generate = fn),
    runOpts: {},
    paths: { appPath: root, sourcePath: path.join(root, 'src'), outputPath: path.join(root, 'dist/weapp') },
    helper: { fs: { existsSync: fs.existsSync, readJSONSync: (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) }, printLog: () => undefined, processTypeEnum: {} },
    initialConfig: {},
    writeFileToDist: ({ content }: { content: string }) => void (written = content),
  })
  generate?.({ srcConfigName: 'project.config.json', distConfigName: 'project.config.json' })
  return JSON.parse(written) as Record<string, unknown>
}

/** Runs the plugin's build-start step, as Taro does, on a scratch repository root. */
function buildStart(appPath: string) {
  let start: (() => void) | undefined
  devToolsAppId({ paths: { appPath }, onBuildStart: (fn) => void (start = fn) })
  start?.()
}

const scratch = () => fs.mkdtempSync(path.join(os.tmpdir(), 'jqt-appid-'))
const privateConfig = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'project.private.config.json'), 'utf8')) as Record<string, unknown>

describe('TARO_APP_ID', () => {
  it('is the app id of the weapp build Taro writes (dist/weapp/project.config.json)', () => {
    process.env.TARO_APP_ID = 'wx0123456789abcdef'
    expect(taroProjectConfig()).toMatchObject({ appid: 'wx0123456789abcdef', miniprogramRoot: './', compileType: 'miniprogram' })
  })

  it('is the app id DevTools opens the repository root with, over project.config.json\'s placeholder', () => {
    const dir = scratch()
    // What DevTools itself keeps there stays.
    fs.writeFileSync(path.join(dir, 'project.private.config.json'), JSON.stringify({ setting: { compileHotReLoad: true }, appid: 'wxold' }))
    Object.assign(process.env, { TARO_ENV: 'weapp', TARO_APP_ID: ' wx0123456789abcdef ' })
    buildStart(dir)
    expect(privateConfig(dir)).toEqual({ setting: { compileHotReLoad: true }, appid: 'wx0123456789abcdef' })
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('left unset changes nothing and says DevTools will open the project without cloud development', () => {
    const dir = scratch()
    process.env.TARO_ENV = 'weapp'
    delete process.env.TARO_APP_ID
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    buildStart(dir)
    expect(fs.existsSync(path.join(dir, 'project.private.config.json'))).toBe(false)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('TARO_APP_ID is not set'))
    warn.mockRestore()
    // The browser build has no app id to write.
    Object.assign(process.env, { TARO_ENV: 'h5', TARO_APP_ID: 'wx0123456789abcdef' })
    buildStart(dir)
    expect(fs.existsSync(path.join(dir, 'project.private.config.json'))).toBe(false)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('keeps the repository free of a real app id: the placeholder in project.config.json, the private file out of git', () => {
    const config = JSON.parse(fs.readFileSync(path.join(root, 'project.config.json'), 'utf8')) as { appid: string; cloudfunctionRoot: string; miniprogramRoot: string }
    expect(config).toMatchObject({ appid: 'touristappid', miniprogramRoot: 'dist/weapp/', cloudfunctionRoot: 'cloudfunctions/' })
    expect(fs.readFileSync(path.join(root, '.gitignore'), 'utf8').split('\n')).toContain('project.private.config.json')
  })
})
