import { useQuery } from '@apollo/client/react';
import { skipToken } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql } from '../__generated__';
import { formatDate, type Locale } from '../shared/format';
import { pageQuery } from '../shared/page-query';

const UnitLabelQuery = graphql(`
  query UnitLabel($search: String!) {
    units(search: $search) {
      id
      code
      name
      nameEn
      level
      validFrom
      validTo
    }
  }
`);

/** The label's query (pages prefetch it for the unit in their URL). */
export const unitLabelQuery = (code: string) => pageQuery(UnitLabelQuery, { search: code });

export interface UnitInfo {
  code: string;
  name: string;
  level: string;
  validFrom: string | null;
  validTo: string | null;
}

/**
 * The unit a code names during a period. Codes were reused in the 2025 reform (27004 was Ward 14, then
 * Phường Tân Bình), so the one that existed in the period wins.
 */
export function useUnitLabel(
  code: string,
  period?: { from: string; to: string },
): { unit: UnitInfo | null; loading: boolean; error: unknown; name: string } {
  const locale = useIntl().locale as Locale;
  const { data, loading, error } = useQuery(UnitLabelQuery, code ? { variables: unitLabelQuery(code).variables } : skipToken);
  const candidates = (data?.units ?? []).filter((u) => u.code === code);
  const inPeriod = period
    ? candidates.filter((u) => (!u.validFrom || u.validFrom <= period.to) && (!u.validTo || u.validTo >= period.from))
    : candidates;
  const found = inPeriod[0] ?? candidates[0] ?? null;
  const unit = found
    ? {
        code: found.code,
        name: (locale === 'en' && found.nameEn) || found.name,
        level: found.level,
        validFrom: found.validFrom ?? null,
        validTo: found.validTo ?? null,
      }
    : null;
  return { unit, loading, error, name: unit?.name ?? code };
}

/** Says so when the code names no unit, or a unit that did not exist during the period (2025 mergers). */
export function UnitNotice({ code, period }: { code: string; period: { from: string; to: string } }) {
  const intl = useIntl();
  const { unit, loading, error } = useUnitLabel(code, period);
  if (loading || error) return null;
  let text: string | null = null;
  if (!unit) text = intl.formatMessage({ id: 'unit.unknown' }, { code });
  else if ((unit.validTo && unit.validTo < period.from) || (unit.validFrom && unit.validFrom > period.to))
    text = intl.formatMessage(
      { id: 'unit.notInPeriod' },
      {
        unit: unit.name,
        // The message names both ends; an end the records do not know shows as "…".
        from: unit.validFrom ? formatDate(unit.validFrom) : '…',
        to: unit.validTo ? formatDate(unit.validTo) : '…',
      },
    );
  return text ? (
    <p className="notice" role="status">
      {text}
    </p>
  ) : null;
}
