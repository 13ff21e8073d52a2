/**
 * What CloudBase enforces on a function and its database, each limit once, with the CloudBase
 * document it comes from and the error code CloudBase answers with. The functions size their work
 * by these; the embedded engine's CloudBase profile (server/db/cloudbase-profile.ts) refuses what
 * the cloud refuses by the same numbers. Plain data: the cloud bundle imports it too.
 */

/**
 * A function's answer may be at most 1 MB (`EXCEED_MAX_RESPONSE_SIZE`: "响应大小超过最大响应 1MB 限制";
 * large results belong in cloud storage). https://docs.cloudbase.net/error-code/EXCEED_MAX_RESPONSE_SIZE
 */
export const MAX_RESPONSE_BYTES = 1024 * 1024
export const RESPONSE_TOO_LARGE = 'EXCEED_MAX_RESPONSE_SIZE'

/**
 * A transaction must be committed or aborted within 30 seconds of its start, or the server drops it
 * and its next request fails with `DATABASE_TRANSACTION_FAIL`.
 * https://docs.cloudbase.net/error-code/DATABASE_TRANSACTION_FAIL
 */
export const TRANSACTION_DEADLINE_MS = 30_000
export const TRANSACTION_FAILED = 'DATABASE_TRANSACTION_FAIL'

/**
 * Two transactions writing the same document (or the same unique key) at once: one is aborted with
 * `DATABASE_TRANSACTION_CONFLICT`, which `runTransaction` of @cloudbase/database 1.4 retries 3 times
 * before throwing it (node_modules/@cloudbase/database/dist/commonjs/transaction/index.js).
 */
export const TRANSACTION_CONFLICT = 'DATABASE_TRANSACTION_CONFLICT'
export const TRANSACTION_CONFLICT_RETRIES = 3

/**
 * Database requests in flight at once: the base quota allows 20 concurrent connections (Cloud Base
 * resource quota, "Database · Number of concurrent connections · 20",
 * https://developers.weixin.qq.com/minigame/en/dev/wxcloud/basis/concepts/quota.html). More at once
 * fail with `EXCEED_CONCURRENT_REQUEST_LIMIT` ("同时进行的请求数量超过了套餐限制"; the documented remedy
 * is a request queue). https://docs.cloudbase.net/error-code/basic/EXCEED_CONCURRENT_REQUEST_LIMIT
 */
export const MAX_CONCURRENT_DB_REQUESTS = 20
export const CONCURRENT_REQUESTS_EXCEEDED = 'EXCEED_CONCURRENT_REQUEST_LIMIT'

/**
 * A function running past the timeout configured for it (cloudbaserc.json `timeout`, seconds) is
 * stopped and its caller gets `FUNCTIONS_TIME_LIMIT_EXCEEDED`.
 * https://docs.cloudbase.net/error-code/basic/FUNCTIONS_TIME_LIMIT_EXCEEDED
 */
export const FUNCTION_TIMED_OUT = 'FUNCTIONS_TIME_LIMIT_EXCEEDED'

/**
 * A document's field names: "字母 + 数字 + 下划线 + 点，不超过32位，且不以下划线、/、点开头" (云开发
 * CloudBase 数据库常见问题, 数据库文档 field 格式有何限制 https://cloud.tencent.com/document/product/878/18436).
 * A dot addresses a nested field, so a stored key holds none; `_id` is the database's own. A refused
 * name is a bad request: `INVALID_PARAM` (https://docs.cloudbase.net/en/error-code/basic).
 */
export const FIELD_NAME = /^[A-Za-z0-9][A-Za-z0-9_]{0,31}$/

/**
 * A collection holds at most 100 indexes, and an index at most 31 fields ("每个集合内最多可创建100个索引，
 * 每个索引最多可包含31个字段"); an index's fields count `_id` and the fields it covers.
 * https://cloud.tencent.com/document/product/876/18436
 */
export const MAX_INDEXES_PER_COLLECTION = 100
export const MAX_INDEX_FIELDS = 31

/**
 * What `get()` returns without `limit()`, and the most it returns with one: @cloudbase/database 1.4
 * sends 100 when no limit is set and clamps larger ones to 1000 (dist/commonjs/query.js).
 */
export const DEFAULT_QUERY_LIMIT = 100
export const MAX_QUERY_LIMIT = 1000

/**
 * Not a CloudBase limit but a model of it: one database request from a function takes a round trip
 * of some tens of milliseconds. The profile counts this much time per request (never sleeping it), so
 * work that is fine on a laptop but takes hundreds of sequential requests shows its cloud cost.
 */
export const MODELLED_ROUND_TRIP_MS = 25
