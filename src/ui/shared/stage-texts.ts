/**
 * @file The team's stages (src/coaching/stages.ts) in words: each stage's name and what it asks, as message keys in
 * every language (`stage*`). For the dashboard and the printed team report; it decides nothing about the stages.
 */
import type { StageId } from '../../coaching/team-types';
import { type MessageKey, t } from './i18n';

const STAGE_TEXTS: Readonly<Record<StageId, { name: MessageKey; why: MessageKey }>> = {
  safe: { name: 'stageSafe', why: 'stageSafeWhy' },
  connected: { name: 'stageConnected', why: 'stageConnectedWhy' },
  speaking: { name: 'stageSpeaking', why: 'stageSpeakingWhy' },
};

/** A stage's name ("Safe profile") in the browser's language. */
export const stageName = (id: StageId): string => t(STAGE_TEXTS[id].name);

/** What a stage asks, in one sentence, in the browser's language. */
export const stageWhy = (id: StageId): string => t(STAGE_TEXTS[id].why);
