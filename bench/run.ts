/** `npm run bench`: every benchmark, each printing ratios against a baseline measured in the same run. */
import { cyclesBench } from './cycles.bench.js';
import { insightsBench } from './insights.bench.js';
import { journalBench } from './journal.bench.js';

await journalBench();
await insightsBench();
await cyclesBench();
