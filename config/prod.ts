import type { UserConfigExport } from '@tarojs/cli'

export default {
  mini: { optimizeMainPackage: { enable: true } },
} satisfies UserConfigExport<'webpack5'>
