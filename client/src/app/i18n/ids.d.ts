import type { MessageId } from './vi';

// react-intl checks every message id used in the code against the Vietnamese messages.
declare global {
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
