/** The last step of `npm run build:h5`: the .br and .gz copies of dist/h5's text assets. */
import path from 'node:path'
import { precompress } from './precompress'

const { assets, bytes, written } = precompress(path.resolve(__dirname, '../dist/h5'))
const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en-US')} KB`
console.log(`dist/h5: ${assets} text assets, ${kb(bytes)}; brotli ${kb(written['.br'])}, gzip ${kb(written['.gz'])}`)
