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

/**
 * A failure of one document, not of the build: its folder cannot be written, or its input no
 * longer passes the check. The build reports it on a line of its own and goes on with the
 * other documents, then exits 1.
 */
export class DocumentFailure extends CliError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, 1, options);
    this.name = 'DocumentFailure';
  }
}

/**
 * The process rendering a document ended under it (a browser page's renderer, the DOCX's
 * worker), killed, as for want of memory, or crashed: that document fails, and the others go
 * on with new ones. Its message leaves the document to the caller, which names it.
 */
export class RendererEnded extends DocumentFailure {
  constructor(message: string) {
    super(message);
    this.name = 'RendererEnded';
  }
}
