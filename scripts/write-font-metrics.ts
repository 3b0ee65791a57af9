// npm run charts:metrics — writes src/lib/charts/font-metrics.ts: the advance width of every
// character of the Be Vietnam Pro files the pages serve (src/styles/fonts.css: the latin and
// vietnamese subsets, weight 400), so the build-time charts place their labels with the metrics the
// browser draws them with. A test fails when the file is stale.
import fs from 'node:fs';
import { fontMetricsSource } from '../src/integrations/font-metrics-source.ts';

const out = 'src/lib/charts/font-metrics.ts';
fs.writeFileSync(out, fontMetricsSource());
console.log(`Đã ghi ${out}`);
