// Filled in by the readiness work; see the issue.
export {};
