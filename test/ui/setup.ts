// Taro's build-time flags that @tarojs/components reads at run time.
const flags = globalThis as Record<string, unknown>
flags.ENABLE_INNER_HTML = true
flags.ENABLE_ADJACENT_HTML = true
flags.ENABLE_SIZE_APIS = true
flags.ENABLE_TEMPLATE_CONTENT = true
flags.ENABLE_CLONE_NODE = true
flags.ENABLE_CONTAINS = true
flags.ENABLE_MUTATION_OBSERVER = true
flags.DEPRECATED_ADAPTER_COMPONENT = false
flags.API_BASE = ''
flags.CLOUD_ENV = ''
flags.LOCAL_MODE = true
flags.SUBSCRIBE_TEMPLATE_APPLICATION_STATUS = ''
process.env.TARO_ENV = 'h5'
