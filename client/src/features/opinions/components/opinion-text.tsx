import { useIntl } from 'react-intl';
import { formatNumber, formatPercent, type Locale } from '../../../shared/format';
import type { MeetingKind, OpinionCount, PublishedCount } from '../utils/opinion-rows';

/** How the opinions page writes counts that may be unknown, published words, and rates that may be missing. */
export function useOpinionText() {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const t = intl.formatMessage;
  return {
    locale,
    /** 120; "ít nhất 123"; "không rõ". */
    count(count: OpinionCount): string {
      if (count.kind === 'exact') return formatNumber(count.value, locale);
      if (count.kind === 'atLeast') return t({ id: 'opinions.atLeast' }, { count: formatNumber(count.value, locale) });
      return t({ id: 'opinions.unknownCount' });
    },
    /** 12; "hơn 9" / "more than 9" (F12); "không công bố" / "not reported" (F28). */
    published(count: PublishedCount): string {
      switch (count.kind) {
        case 'exact':
          return formatNumber(count.value, locale);
        case 'moreThan':
        case 'fewerThan':
        case 'about':
          return t({ id: `opinions.count.${count.kind}` }, { count: formatNumber(count.value, locale) });
        case 'text':
          return t({ id: 'opinions.count.text' }, { text: count.text });
        case 'notReported':
          return t({ id: 'opinions.count.notReported' });
      }
    },
    /** A reported figure of a meeting: the number, or "không công bố". */
    reported(value: number | null | undefined): string {
      return value === null || value === undefined ? t({ id: 'opinions.notReported' }) : formatNumber(value, locale);
    },
    kind(kind: string): string {
      return t({ id: `opinions.kind.${kind as MeetingKind}` });
    },
  };
}

/** A rate from the API; when it has none, a dash whose reason screen readers and the tooltip give. */
export function RateCell({ value }: { value: number | null | undefined }) {
  const intl = useIntl();
  if (value !== null && value !== undefined) return <>{formatPercent(value, intl.locale as Locale)}</>;
  const why = intl.formatMessage({ id: 'opinions.rateNote' });
  return (
    <span title={why}>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{why}</span>
    </span>
  );
}
