#!/usr/bin/env node
import { ExitCode } from './errors.ts'
import { t } from './i18n.ts'
import { langFromArgv } from './options.ts'
import { run } from './program.ts'

const args = process.argv.slice(2)

// `weerbaar report … | head` closes the pipe early: that is not an error. Any other failure to
// write the output (a full disk, a closed terminal) is one line on stderr and exit 1, as for an
// output file that cannot be written.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  process.stderr.write(
    `weerbaar: stdout: ${t(langFromArgv(args), 'cannotWrite')} (${error.code ?? error.message})\n`,
  )
  process.exit(ExitCode.failure)
})

process.exitCode = await run(args, {
  stdout: process.stdout,
  stderr: process.stderr,
})
