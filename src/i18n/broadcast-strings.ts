// The loudspeaker script's words in each language: the script's (BroadcastStrings) and its page's.
// Typed from the Vietnamese page strings, so a string added there without its Khmer counterpart
// stops the type check (as UiStrings does for the interface strings).
import type { BroadcastStrings } from '../lib/broadcast/script.ts';
import type { Lang, Widen } from './strings.ts';
import { kmBroadcast, kmBroadcastScript } from './km-broadcast.ts';
import { viBroadcast, viBroadcastScript } from './vi-broadcast.ts';

/** The strings of a script page (the list page at /phat-thanh/ is Vietnamese only). */
export type BroadcastPageStrings = Widen<Omit<typeof viBroadcast, 'list'>>;

/** The words of the generated script in `lang`. */
export function broadcastScriptStrings(lang: Lang): BroadcastStrings {
  return lang === 'km' ? kmBroadcastScript : viBroadcastScript;
}

/** The words around the script on its page and in its text file, in `lang`. */
export function broadcastPageStrings(lang: Lang): BroadcastPageStrings {
  return lang === 'km' ? kmBroadcast : viBroadcast;
}
