import { useIntl } from 'react-intl';
import { Panel } from '../../../components/panel';
import { formatDate } from '../../../shared/format';
import { ownDays, splitEnrolment, type Enrollment } from '../utils/campaign-units';
import type { DetailCampaign } from './campaign-detail';
import { enrolledPhrase, localName, unitWord, useLocale } from './campaign-labels';

/** "11/15 phường tham gia": who could enrol (the organiser's units in the campaign's days) and who did; every count is the API's. */
export function CampaignEnrolment({ campaign: c }: { campaign: DetailCampaign }) {
  const intl = useIntl();
  const locale = useLocale();
  const split = splitEnrolment(c.eligibleUnits, c.enrollments, c.organiser.code);
  const word = unitWord(intl, c.eligibleUnits);
  const organiser = localName(c.organiser, locale);
  const generated = c.enrollments.some((e) => e.generated);
  const days = (e: Enrollment) =>
    ownDays(e, c)
      ? ` (${intl.formatMessage({ id: 'campaigns.ownDays' }, { from: formatDate(e.startsOn), to: formatDate(e.endsOn) })})`
      : '';
  const mark = (e: Enrollment) =>
    e.generated ? (
      <abbr className="campaign-generated" title={intl.formatMessage({ id: 'campaigns.generatedMark' })}>
        *
      </abbr>
    ) : null;
  return (
    <Panel title={intl.formatMessage({ id: 'campaigns.enrolmentTitle' })}>
      <p className="campaign-enrolled" data-testid="campaign-enrolled">
        {enrolledPhrase(intl, c)}
      </p>
      <p className="campaign-desk-note">
        {split.organiserDesk
          ? intl.formatMessage({ id: 'campaigns.deskEnrolled' }, { unit: organiser, word })
          : intl.formatMessage({ id: 'campaigns.deskNotEnrolled' }, { unit: organiser })}
      </p>
      {generated && <p className="notice">{intl.formatMessage({ id: 'campaigns.generated' })}</p>}
      <div className="campaign-units-split">
        <section aria-labelledby="campaign-enrolled-heading">
          <h3 id="campaign-enrolled-heading">
            {intl.formatMessage({ id: 'campaigns.enrolledList' }, { count: c.enrolledEligibleUnitCount })}
          </h3>
          {split.enrolled.length ? (
            <ul className="unit-chips" data-testid="enrolled-units">
              {split.enrolled.map(({ unit, enrollment }) => (
                <li key={unit.code} className="unit-chip unit-chip--in" data-unit={unit.code}>
                  <span aria-hidden="true">✓ </span>
                  {localName(unit, locale)}
                  {days(enrollment)}
                  {mark(enrollment)}
                </li>
              ))}
            </ul>
          ) : (
            <p>{intl.formatMessage({ id: 'campaigns.noneEnrolled' })}</p>
          )}
        </section>
        <section aria-labelledby="campaign-not-enrolled-heading">
          <h3 id="campaign-not-enrolled-heading">
            {intl.formatMessage({ id: 'campaigns.notEnrolledList' }, { count: c.notEnrolledEligibleUnitCount })}
          </h3>
          {split.notEnrolled.length ? (
            <ul className="unit-chips" data-testid="not-enrolled-units">
              {split.notEnrolled.map((unit) => (
                <li key={unit.code} className="unit-chip unit-chip--out" data-unit={unit.code}>
                  <span aria-hidden="true">– </span>
                  {localName(unit, locale)}
                </li>
              ))}
            </ul>
          ) : (
            <p>{intl.formatMessage({ id: 'campaigns.allEnrolled' })}</p>
          )}
        </section>
        {c.otherEnrolledUnitCount > 0 && (
          <section aria-labelledby="campaign-other-enrolled-heading">
            <h3 id="campaign-other-enrolled-heading">
              {intl.formatMessage({ id: 'campaigns.othersList' }, { count: c.otherEnrolledUnitCount })}
            </h3>
            <ul className="unit-chips">
              {split.others.map((e) => (
                <li key={e.unit.code} className="unit-chip unit-chip--in" data-unit={e.unit.code}>
                  {localName(e.unit, locale)}
                  {days(e)}
                  {mark(e)}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </Panel>
  );
}
