/** The errno code of a failed file operation (or its message), for skip reasons. */
export const errorCode = (error: unknown): string =>
  (error as NodeJS.ErrnoException)?.code ?? (error instanceof Error ? error.message : String(error));
