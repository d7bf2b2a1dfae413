/** A refusal IT can act on: its message says what is wrong and that nothing was written. */
export class BundleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BundleError';
  }
}
