/** Programmer errors: thrown, never returned. Expected failures are returned as `Issue` data. */
export class WeerbaarError extends Error {
  override name = 'WeerbaarError'
}

/** A reference (guideline edition, risk method, point id…) that the caller promised exists. */
export class NotFoundError extends WeerbaarError {
  override name = 'NotFoundError'
}

/** Arguments that break a function's documented contract. */
export class InvalidArgumentError extends WeerbaarError {
  override name = 'InvalidArgumentError'
}
