/**
 * An error caused by the environment or by how the tool was called, not by a bug: no browser
 * found, a file that cannot be written, wrong usage. It carries the process exit code the CLI
 * should end with; the library throws it and only the CLI prints it and exits.
 */
export class CliError extends Error {
  /**
   * @param message What went wrong and what to do about it.
   * @param exitCode The exit code the CLI ends with (0 success, 1 invalid input, 2 wrong usage).
   * @param options `cause`: the underlying error, kept for debugging.
   */
  constructor(
    message: string,
    readonly exitCode: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'CliError';
  }
}
