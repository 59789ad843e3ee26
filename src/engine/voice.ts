/**
 * @file Whom the findings speak to: the viewer about their own profile ("Edit your headline"), or a coach about a
 * colleague's profile ("Edit the headline"), read aloud beside the colleague. A text declares a colleague wording
 * only where its own one addresses the person; elsewhere the colleague voice says the own wording. It picks the
 * wording and its messages.json key; it does not decide whose a page is (personal.ts) nor store anything.
 */
import { localize, type MessageData, type Translate } from './messages';
import { isViewersOwn } from './personal';

export type Voice = 'own' | 'colleague';

/** The colleague's voice on a page known to be someone else's profile (`selfView: false`), the own voice elsewhere. */
export const voiceOf = (snapshot: Parameters<typeof isViewersOwn>[0]): Voice => (isViewersOwn(snapshot) ? 'own' : 'colleague');

/**
 * A text in `voice`, in the active language, {{placeholders}} filled: its colleague wording (under the colleague
 * key) when the voice is a colleague's and the text has one, else its own wording. Each falls back to its English.
 */
export function localizeIn(
  voice: Voice,
  translate: Translate | undefined,
  keyOf: (voice: Voice) => string,
  own: string,
  colleague: string | undefined,
  data?: MessageData,
): string {
  return voice === 'colleague' && colleague !== undefined
    ? localize(translate, keyOf('colleague'), colleague, data)
    : localize(translate, keyOf('own'), own, data);
}
