/**
 * A failure with a code and a Chinese message that says what went wrong: the functions throw it as
 * AppError (a code of the contract); the app rebuilds it from an answer and exports it as CallError
 * (a contract or platform code).
 */
export class CodedError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
  }
}
