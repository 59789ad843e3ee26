/**
 * @file A session's time on the colleague's page and sheet: the local calendar day it fell on, in the messages'
 * language (src/ui/shared/i18n.ts `formatDay`, whose formatter is made once per language).
 */
import { calendarDay } from '../../engine/dates';
import { formatDay } from '../shared/i18n';

/** "Feb 10, 2026" for a session's ISO time. */
export const sessionDay = (at: string) => formatDay(calendarDay(new Date(at)));
