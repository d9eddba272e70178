import type { Issue } from '@weerbaar/core'

/** The exit codes of `weerbaar`, documented in its help and in docs/guide/cli.md. */
export const ExitCode = {
  ok: 0,
  /** The data is invalid, or the work could not be completed (writing the output failed). */
  failure: 1,
  /** Wrong usage: unknown command or option, missing argument, bad option value, unreadable input path. */
  usage: 2,
  /** A bug in weerbaar: an unexpected exception. */
  internal: 3,
} as const
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]

/** An expected failure that ends the command with one message per line and an exit code. */
export class CliError extends Error {
  override name = 'CliError'
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    options?: ErrorOptions,
  ) {
    super(message, options)
  }
}

/** Wrong usage: exit code 2. */
export class UsageError extends CliError {
  override name = 'UsageError'
  constructor(message: string, options?: ErrorOptions) {
    super(message, ExitCode.usage, options)
  }
}

/**
 * Invalid input data: exit code 1. `source` is the file the issues are about; every issue is
 * printed on its own line.
 */
export class InvalidDataError extends CliError {
  override name = 'InvalidDataError'
  constructor(
    readonly source: string,
    readonly issues: Issue[],
    message = `${source}: invalid data`,
  ) {
    super(message, ExitCode.failure)
  }
}
