/** Input of admin.audit, with Chinese messages that name the field. Strict: an unknown key is INVALID_INPUT. */
import { z } from 'zod'
import { collectionNames } from '../repositories/schema'
import { fields, whole } from '../validation'

export const auditSchema = z.strictObject({
  targetCollection: z.enum(collectionNames as [string, ...string[]], { error: '「targetCollection」不是已知的数据集合' }).optional(),
  targetId: fields.id.optional(),
  actorOpenId: fields.id.optional(),
  cursor: z.string({ error: '「cursor」须为文字' }).max(200, '「cursor」过长').optional(),
  limit: whole('每页条数', 1, 100).optional(),
})
