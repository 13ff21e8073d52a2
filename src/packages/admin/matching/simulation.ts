/**
 * A matching run as of any day but today is a simulation (admin.runMatching decides the same way):
 * the bureau sees the results, the firms are never messaged. The page says so before the run.
 */
export const plannedRunNote = (asOf: string, today: string): string | null =>
  asOf.trim() === today ? null : '政策日期不是今天：将作为模拟比对，只供查看结果，不会给企业发消息，也不会更新企业的“为您推荐”'

/** Whether a finished run found any firm to list: before that the CSV would be empty. */
export const hasMatchesToExport = (m: { run: { status: string } | null; total: { eligible: number; needsInfo: number } } | undefined | null): boolean =>
  m?.run?.status === 'done' && m.total.eligible + m.total.needsInfo > 0

/** The results card's title: a simulation is named as one. */
export const resultsTitle = (run: { asOf: string; simulation: boolean }) => `${run.simulation ? '模拟比对结果' : '比对结果'}（按${run.asOf}的政策）`
