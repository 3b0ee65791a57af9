// The error that stops the build (or a check command) with the content's readable issue list.
// Its own module, so the data check does not load the content checker to throw it.
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}
