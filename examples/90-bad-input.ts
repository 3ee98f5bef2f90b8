// What happens with bad input: one error class, every problem named, nothing changed.
import { BuygridInputError, isBuygridInputError } from 'buygrid';
import { explain } from 'buygrid/explain';
import { lang } from './lib/locale.js';

function report(error: unknown): void {
  if (!isBuygridInputError(error)) throw error;
  // For people: explain words the error in the tour's language (`error.message` says it in English, for
  // logs; what was expected stays the library's English in every language).
  console.log(explain(error, lang));
  for (const issue of error.issues) console.log(`  program-readable: ${JSON.stringify(issue)}`);
}

report(
  new BuygridInputError([
    { path: 'offer.amount', expected: 'a finite number ≥ 0', received: 'NaN' },
    { path: 'members[2].influence', expected: 'a number in [0, 1]', received: '1.5' },
  ]),
);
if (!(new BuygridInputError([]) instanceof TypeError)) throw new Error('BuygridInputError must be a TypeError');
