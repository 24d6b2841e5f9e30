import type { vi as campaigns } from '../../features/campaigns/messages-vi';
import type { vi as comparePeriods } from '../../features/compare-periods/messages-vi';
import type { vi as compareUnits } from '../../features/compare-units/messages-vi';
import type { vi as dataQuality } from '../../features/data-quality/messages-vi';
import type { vi as form06 } from '../../features/form06/messages-vi';
import type { vi as importData } from '../../features/import/messages-vi';
import type { vi as opinions } from '../../features/opinions/messages-vi';
import type { vi as overview } from '../../features/overview/messages-vi';
import type { vi as satisfaction } from '../../features/satisfaction/messages-vi';
import type { vi as signIn } from '../../features/sign-in/messages-vi';
import type { ShellMessageId } from './vi';

type IdsOf<T extends object> = keyof T;

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
