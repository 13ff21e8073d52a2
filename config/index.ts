import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import type { Compilation } from 'webpack'
import devConfig from './dev'
import { FIRST_CALLS, firstScreenScript, pageFiles } from './first-screen'
import prodConfig from './prod'

/**
 * The one backend folder the app imports values from (its enums, Chinese labels and the Shanghai
 * calendar): zod-free and node-free, so it adds only what the app uses. Taro compiles `src` alone
 * unless told; everything else the app takes from the functions is `import type`, erased.
 */
const SHARED_WITH_THE_APP = path.resolve(__dirname, '../cloudfunctions/_shared/catalog')

/**
 * WXML cannot recurse, so base.wxml repeats every element's template once per nesting level (about
 * 2.7 KB a level, all in the main package); deeper nodes render through Taro's `comp` component.
 * Taro's MiniPlugin reads `mini.baseLevel` (default 16); its config type does not declare it.
 */
const templateDepth: { baseLevel: number } = { baseLevel: 14 }

/** Where the H5 build calls the functions (`${API_BASE}/fn/<name>`); empty means the serving origin (the local server). */
const apiBase = process.env.JQT_API_BASE ?? ''

/** Taro build configuration, shared by the weapp and H5 builds. */
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'jinqitong',
    date: '2026-11-28',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    // TARO_APP_ID into the project WeChat DevTools opens (config/devtools-appid.ts).
    plugins: [path.resolve(__dirname, 'devtools-appid.ts')],
    defineConstants: {
      API_BASE: JSON.stringify(apiBase),
      // The CloudBase environment the weapp build calls; empty means the DevTools default.
      CLOUD_ENV: JSON.stringify(process.env.JQT_CLOUD_ENV ?? ''),
      // Local mode (the role switcher over seeded identities) exists only for the H5 build the local
      // server hosts; the WeChat build always runs against the cloud and never shows local tools.
      LOCAL_MODE: JSON.stringify(process.env.TARO_ENV === 'h5' && process.env.JQT_LOCAL_MODE !== 'false'),
      // The subscription-message template the weapp build asks the seeker for before applying (empty: not asked).
      // The same id as the functions' SUBSCRIBE_TEMPLATE_APPLICATION_STATUS.
      SUBSCRIBE_TEMPLATE_APPLICATION_STATUS: JSON.stringify(process.env.JQT_SUBSCRIBE_TEMPLATE_APPLICATION_STATUS ?? ''),
    },
    copy: {
      // The map marker of a fair's venue: WeChat's map takes an image path in the package, not an inlined data URI.
      patterns: [{ from: 'src/assets/fairs/', to: `dist/${process.env.TARO_ENV}/assets/fairs/` }],
      options: {},
    },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    // Taro's weapp minifier writes every Chinese character as \uXXXX (6 bytes, 3 in UTF-8): the main
    // package counts bytes against WeChat's 2 MB, and WeChat reads UTF-8 sources. H5 already keeps UTF-8.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    cache: { enable: false },
    mini: {
      compile: { include: [SHARED_WITH_THE_APP] },
      ...templateDepth,
      postcss: {
        // WeChat's renderers (iOS WKWebView, Android's Chromium-based XWeb) take flexbox unprefixed: the
        // -ms- and old -webkit- copies package.json's browserslist asks for are bytes in the main package.
        autoprefixer: { enable: true, config: { overrideBrowserslist: ['iOS >= 9', 'Android >= 5'] } },
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      compile: { include: [SHARED_WITH_THE_APP] },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      // index.html's first script: the opened page's chunk preloaded and its first call started (config/first-screen.ts).
      htmlPluginOption: {
        templateParameters: { firstScreen: (compilation: Compilation) => firstScreenScript({ ...pageFiles(compilation), apiBase, calls: FIRST_CALLS }) },
      },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[chunkhash:8].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  }
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig)
})
