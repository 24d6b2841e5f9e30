import { Timeliness } from '../../shared/enums';
import { classifyDossier, isPendingOverdue, timelinessOf } from './classify';

const receivedAt = new Date('2021-11-01T02:00:00Z'); // 09:00 local, 1 Nov

describe('early, on time, overdue by local calendar day', () => {
  it('counts a dossier finished at 23:30 local on its due day as on time', () => {
    const c = classifyDossier({ receivedAt, dueDate: '2021-11-05', finishedAt: new Date('2021-11-05T16:30:00Z') });
    expect(c).toEqual({ receivedOn: '2021-11-01', finishedOn: '2021-11-05', timeliness: Timeliness.ON_TIME, sameDay: false });
  });

  it('counts a dossier finished at 00:30 local the next day as overdue', () => {
    const c = classifyDossier({ receivedAt, dueDate: '2021-11-05', finishedAt: new Date('2021-11-05T17:30:00Z') });
    expect(c.finishedOn).toBe('2021-11-06');
    expect(c.timeliness).toBe(Timeliness.OVERDUE);
  });

  it('counts a dossier finished before its due day as early, and same-day when it ends the day it came', () => {
    const c = classifyDossier({ receivedAt, dueDate: '2021-11-03', finishedAt: new Date('2021-11-01T08:00:00Z') });
    expect(c.timeliness).toBe(Timeliness.EARLY);
    expect(c.sameDay).toBe(true);
  });

  it('counts more than one supplement request as overdue whatever the dates', () => {
    expect(timelinessOf('2021-11-02', '2021-11-05', 2)).toBe(Timeliness.OVERDUE);
    expect(timelinessOf('2021-11-02', '2021-11-05', 1)).toBe(Timeliness.EARLY);
    expect(timelinessOf('2021-11-02', '2021-11-05', 2, 2)).toBe(Timeliness.EARLY);
  });

  it('leaves a pending dossier unclassified', () => {
    expect(classifyDossier({ receivedAt, dueDate: '2021-11-05', finishedAt: null })).toEqual({
      receivedOn: '2021-11-01',
      finishedOn: null,
      timeliness: null,
      sameDay: false,
    });
  });

  it('counts a pending dossier as overdue once its due day has ended', () => {
    expect(isPendingOverdue('2021-11-30', '2021-11-30')).toBe(true);
    expect(isPendingOverdue('2021-12-01', '2021-11-30')).toBe(false);
  });
});
