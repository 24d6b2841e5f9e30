import type { messages as campaigns } from '../../features/campaigns/messages';
import type { messages as comparePeriods } from '../../features/compare-periods/messages';
import type { messages as compareUnits } from '../../features/compare-units/messages';
import type { messages as dataQuality } from '../../features/data-quality/messages';
import type { messages as form06 } from '../../features/form06/messages';
import type { messages as importData } from '../../features/import/messages';
import type { messages as opinions } from '../../features/opinions/messages';
import type { messages as overview } from '../../features/overview/messages';
import type { messages as satisfaction } from '../../features/satisfaction/messages';
import type { messages as signIn } from '../../features/sign-in/messages';
import type { ShellMessageId } from './vi';

type IdsOf<T extends { vi: object }> = keyof T['vi'];

/** The shell's ids and every page's (a page's text reaches the browser with its chunk). */
type MessageId =
  | ShellMessageId
  | IdsOf<typeof campaigns>
  | IdsOf<typeof comparePeriods>
  | IdsOf<typeof compareUnits>
  | IdsOf<typeof dataQuality>
  | IdsOf<typeof form06>
  | IdsOf<typeof importData>
  | IdsOf<typeof opinions>
  | IdsOf<typeof overview>
  | IdsOf<typeof satisfaction>
  | IdsOf<typeof signIn>;

// react-intl checks every message id used in the code against the Vietnamese messages.
declare global {
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
