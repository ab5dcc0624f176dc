/** `npm run bench`: every benchmark, each printing ratios against a baseline measured in the same run. */
import { crisisBench } from './crisis.bench.js';
import { cyclesBench } from './cycles.bench.js';
import { insightsBench } from './insights.bench.js';
import { journalBench } from './journal.bench.js';
import { liveBench } from './live.bench.js';
import { notificationsBench } from './notifications.bench.js';
import { socialBench } from './social.bench.js';

// BENCH_ONLY=live (or a comma list) runs some of them.
const only = process.env.BENCH_ONLY?.split(',');
const wanted = (name: string) => !only || only.includes(name);

if (wanted('journal')) await journalBench();
if (wanted('insights')) await insightsBench();
if (wanted('cycles')) await cyclesBench();
if (wanted('live')) await liveBench();
if (wanted('social')) await socialBench();
if (wanted('crisis')) await crisisBench();
if (wanted('notifications')) await notificationsBench();
