// The parts of WeChat's tooling that ship without types; runtime/exparser.ts types what it uses.
declare module 'miniprogram-exparser' {
  const exparser: unknown
  export default exparser
}
declare module 'miniprogram-compiler' {
  const compiler: { wxmlToJs: (rootPath: string) => string }
  export default compiler
}
declare module 'miniprogram-simulate/src/api' {
  const api: Record<string, unknown>
  export default api
}
