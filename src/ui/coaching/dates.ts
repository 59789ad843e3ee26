/** @file Dates on the colleague's page: a session's time as its local calendar day, worded in the messages' language. */
import { calendarDay } from '../../engine/dates';
import { formatDay } from '../i18n';

/** "Feb 10, 2026" for a session's ISO time. */
export const sessionDay = (at: string) => formatDay(calendarDay(new Date(at)));
