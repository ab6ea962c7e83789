/**
 * The blind detection sets with even numbers (the records and what they measure: test/support/blind-set-records.ts).
 * Two files, so that the two halves run side by side.
 */
import { BLIND_SETS } from '../support/blind-set-records.js';
import { describeBlindSets } from '../support/blind-set-suite.js';

describeBlindSets(BLIND_SETS.filter((record) => record.n % 2 === 0));
