// Property-based tests (fast-check through @fast-check/vitest). One fixed seed, so every run on
// every machine tries the same inputs and a failure replays; bounded runs, so each suite takes
// seconds. On a failure fast-check prints the seed, the path and the shrunk counterexample.
// Explore further by hand: FC_SEED=random (or a number) and FC_RUNS=2000, e.g.
//   FC_SEED=random FC_RUNS=2000 npm run test:file -- tests/lib/search/tokens.property.test.ts
import { fc } from '@fast-check/vitest';
import { vi } from 'vitest';

const seedSetting = process.env.FC_SEED?.trim();
/** The seed of this run: 17112026 unless FC_SEED says otherwise. */
export const SEED = seedSetting === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(seedSetting || 17_112_026);
/** Runs per property unless a property asks for fewer (slow ones, e.g. satori measurements). */
export const RUNS = Number(process.env.FC_RUNS || 200);

// FC_END_ON_FAILURE=1 skips shrinking: mutation testing only needs to know a property failed.
fc.configureGlobal({ seed: SEED, numRuns: RUNS, endOnFailure: process.env.FC_END_ON_FAILURE === '1' });
// A suite takes a few seconds on a quiet machine; on two shared cores, several times that.
vi.setConfig({ testTimeout: 60_000 });
if (seedSetting === 'random') console.log(`fast-check seed: ${SEED}`);

export { fc, test } from '@fast-check/vitest';

/** Vietnamese letters as typed, both cases, with every tone and vowel mark, plus đ/Đ. */
const VI_LETTERS = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ'];
const VI_ALPHABET = [...VI_LETTERS, ...VI_LETTERS.map((c) => c.toUpperCase())];

/** A Vietnamese-looking word (1–7 letters, marks included). */
export const viWord = fc.array(fc.constantFrom(...VI_ALPHABET), { minLength: 1, maxLength: 7 }).map((letters) => letters.join(''));

/** Text as people write it: Vietnamese words, digits, punctuation and odd spacing, NFC or NFD. */
export const viText = fc
  .tuple(
    fc.array(fc.oneof({ weight: 6, arbitrary: viWord }, fc.stringMatching(/^\d{1,6}$/), fc.constantFrom(',', '.', '!', '?', '–', '—', '&', '(', ')', '/', ':', '%', '"', '…', '\u00a0', '\t', '\n')), { maxLength: 12 }),
    fc.boolean(),
  )
  .map(([parts, nfd]) => {
    const text = parts.join(' ');
    return nfd ? text.normalize('NFD') : text;
  });
