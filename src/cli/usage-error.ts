/** The command line was wrong (a flag, a missing input): the message, then the usage, exit 1. */
export class UsageError extends Error {}
