// Writes public/_headers and deploy/nginx.conf from the table in deploy/headers.ts (npm run headers).
// tests/unit/deploy-headers.test.ts fails while either committed file is stale.
import { writeFileSync } from 'node:fs';
import { headersFile, nginxConf } from '../deploy/headers.ts';

writeFileSync(new URL('../public/_headers', import.meta.url), headersFile());
writeFileSync(new URL('../deploy/nginx.conf', import.meta.url), nginxConf());
