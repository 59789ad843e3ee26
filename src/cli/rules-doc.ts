/** @file `npm run -s docs:rules`: writes docs/rules.md from the registered rules' metadata (see src/engine/rules-doc.ts). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRulesDoc } from '../engine/rules-doc';
import { DEFAULT_WEIGHTS } from '../guidelines/presets/default';
import { RULE_LIST } from '../rules';
import { print } from './terminal';

const target = join(import.meta.dirname, '..', '..', 'docs', 'rules.md');
writeFileSync(target, renderRulesDoc(RULE_LIST, DEFAULT_WEIGHTS));
print(`wrote ${target} (${RULE_LIST.length} rules)`);
