// Telephone numbers as shown on pages: a number must never break across two lines
// ("1900" at the end of one line, "9068" on the next reads as two numbers).

/** Replaces the spaces in a displayed phone number with non-breaking spaces. */
export function keepPhoneTogether(display: string): string {
  return display.replace(/ /g, '\u00a0');
}
