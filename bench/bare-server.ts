/**
 * The bench's baseline: a bare node:http server in its own process, answering each POST with the
 * recorded answer for its body (BARE_ANSWERS: a JSON file of [body, answer] pairs), so it does only
 * what HTTP needs. Prints its origin once it listens.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { LISTEN_BACKLOG } from '../server/local'

const answers = new Map(JSON.parse(fs.readFileSync(process.env.BARE_ANSWERS as string, 'utf8')) as [string, string][])
const server = http.createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on('data', (c: Buffer) => chunks.push(c))
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8')
    JSON.parse(body)
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(answers.get(body))
  })
})
server.listen({ port: 0, host: '127.0.0.1', backlog: LISTEN_BACKLOG }, () => console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))
