import { describe, expect, it } from 'vitest';
import { STAGE_IDS } from '../../../src/coaching/team-types';
import { stageName, stageWhy } from '../../../src/ui/shared/stage-texts';
import { useLocale } from '../../helpers/i18n';

describe('stage texts', () => {
  it('names each stage and says what it asks, in every language', () => {
    for (const locale of ['en', 'fr', 'nl', 'de'] as const) {
      useLocale(locale);
      const names = STAGE_IDS.map(stageName);
      expect(new Set(names).size).toBe(3);
      for (const id of STAGE_IDS) expect(stageWhy(id).length).toBeGreaterThan(40);
    }
    useLocale('en');
    expect(STAGE_IDS.map(stageName)).toEqual(['Safe profile', 'Connected to the company', 'Speaks for the company']);
  });
});
