// npm run charts:metrics — writes the advance width of every character of the Be Vietnam Pro
// files the pages serve (src/styles/fonts.css: latin and vietnamese subsets, weight 400) to
// src/lib/charts/font-metrics.ts, so the build-time charts place their labels with the metrics the
// browser draws them with; and of the TTFs the images are drawn with to
// src/lib/images/image-font-metrics.ts. A test fails when either file is stale.
import fs from 'node:fs';
import { fontMetricsSource, imageFontMetricsSource } from '../src/integrations/font-metrics-source.ts';

for (const [out, source] of [['src/lib/charts/font-metrics.ts', fontMetricsSource()], ['src/lib/images/image-font-metrics.ts', imageFontMetricsSource()]] as const) {
  fs.writeFileSync(out, source);
  console.log(`Đã ghi ${out}`);
}
