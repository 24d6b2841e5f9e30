import { classifyDossier } from '../dossiers/classify';
import { DossierStatus } from '../dossiers/dossier.entity';
import { MissingCalendarError } from '../procedures/working-calendar';
import { Channel, type Timeliness } from '../../shared/enums';
import { localDayOf, type LocalDay } from '../../shared/local-day';
import { localText } from './cell-values';
import type { ReferenceLookups } from './reference-lookups';
import { RowCheck, type RowView } from './row-check';

/** A dossier row ready for staging: ids resolved, local days and timeliness derived. */
export interface StagedDossier {
  line: number;
  code: string;
  unitId: number;
  /** Negative: a procedure this file introduces (see NewProcedures). */
  procedureId: number;
  channel: Channel;
  receivedAt: Date;
  receivedOn: LocalDay;
  dueDate: LocalDay;
  dueDateComputed: boolean;
  finishedAt: Date | null;
  finishedOn: LocalDay | null;
  returnedAt: Date | null;
  status: DossierStatus;
  supplementRequests: number;
  apologySlip: boolean;
  timeliness: Timeliness | null;
}

export const CHANNELS: Record<string, Channel> = {
  truc_tiep: Channel.DIRECT, direct: Channel.DIRECT, in_person: Channel.DIRECT, tai_quay: Channel.DIRECT,
  truc_tuyen: Channel.ONLINE, online: Channel.ONLINE, dvc: Channel.ONLINE, dich_vu_cong: Channel.ONLINE,
  buu_chinh: Channel.POSTAL, buu_chinh_cong_ich: Channel.POSTAL, bcci: Channel.POSTAL, postal: Channel.POSTAL, post: Channel.POSTAL,
};
export const CHANNEL_NAMES = ['truc_tiep/direct', 'truc_tuyen/online', 'buu_chinh/postal'];

const STATUSES: Record<string, DossierStatus> = {
  da_tiep_nhan: DossierStatus.RECEIVED, tiep_nhan: DossierStatus.RECEIVED, moi_tiep_nhan: DossierStatus.RECEIVED, received: DossierStatus.RECEIVED,
  dang_xu_ly: DossierStatus.IN_PROGRESS, dang_giai_quyet: DossierStatus.IN_PROGRESS, in_progress: DossierStatus.IN_PROGRESS,
  cho_bo_sung: DossierStatus.AWAITING_SUPPLEMENT, yeu_cau_bo_sung: DossierStatus.AWAITING_SUPPLEMENT, awaiting_supplement: DossierStatus.AWAITING_SUPPLEMENT,
  da_giai_quyet: DossierStatus.FINISHED, hoan_thanh: DossierStatus.FINISHED, da_xu_ly: DossierStatus.FINISHED, finished: DossierStatus.FINISHED,
  da_tra_ket_qua: DossierStatus.RETURNED, tra_ket_qua: DossierStatus.RETURNED, returned: DossierStatus.RETURNED,
  dung_xu_ly: DossierStatus.STOPPED, tu_choi: DossierStatus.STOPPED, stopped: DossierStatus.STOPPED, refused: DossierStatus.STOPPED,
  rut_ho_so: DossierStatus.WITHDRAWN, da_rut: DossierStatus.WITHDRAWN, withdrawn: DossierStatus.WITHDRAWN,
};
const STATUS_NAMES = ['da_tiep_nhan/received', 'dang_xu_ly/in_progress', 'cho_bo_sung/awaiting_supplement', 'da_giai_quyet/finished', 'da_tra_ket_qua/returned', 'dung_xu_ly/stopped', 'rut_ho_so/withdrawn'];
const TERMINAL = new Set([DossierStatus.FINISHED, DossierStatus.RETURNED, DossierStatus.STOPPED, DossierStatus.WITHDRAWN]);

export interface NewProcedure {
  tempId: number;
  code: string;
  name: string;
  fieldId: number;
  /** Given in the file (so_ngay_giai_quyet), else inferred from a row's due date. */
  workingDays: number | null;
  inferred: boolean;
  line: number;
}

/** Procedures a file introduces, under provisional negative ids until the merge creates them. */
export class NewProcedures {
  private readonly byCode = new Map<string, NewProcedure>();

  get all(): NewProcedure[] {
    return [...this.byCode.values()];
  }

  get(code: string): NewProcedure | undefined {
    return this.byCode.get(code);
  }

  /** Registers a new procedure, or returns the line and text that described it differently. */
  claim(code: string, name: string, fieldId: number, workingDays: number | null, line: number): NewProcedure | { conflictLine: number; other: string } {
    const known = this.byCode.get(code);
    if (!known) {
      const created = { tempId: -(this.byCode.size + 1), code, name, fieldId, workingDays, inferred: false, line };
      this.byCode.set(code, created);
      return created;
    }
    if (known.name !== name || known.fieldId !== fieldId) return { conflictLine: known.line, other: known.name };
    if (workingDays !== null && known.workingDays !== null && !known.inferred && known.workingDays !== workingDays) {
      return { conflictLine: known.line, other: `${known.workingDays}` };
    }
    if (workingDays !== null && (known.workingDays === null || known.inferred)) Object.assign(known, { workingDays, inferred: false });
    return known;
  }
}

export interface DossierRowContext {
  refs: ReferenceLookups;
  newProcedures: NewProcedures;
}

export interface DossierRowResult {
  dossier: StagedDossier | null;
  check: RowCheck;
  /** The row had no channel and was counted in person. */
  channelDefaulted: boolean;
}

/** Checks one dossier row against every rule that needs no other row; derives days and timeliness. */
export function validateDossierRow(row: RowView, ctx: DossierRowContext): DossierRowResult {
  const c = new RowCheck(row);
  const { refs } = ctx;
  const code = c.text('code', { required: true, max: 100 });
  const receivedAt = c.instant('receivedAt', { required: true, notAfter: refs.latest });
  const receivedOn = receivedAt ? localDayOf(receivedAt) : null;
  const unitId = unitOf(c, refs, 'unitCode', receivedOn);
  const channelText = row.get('channel');
  const channel = channelText === '' ? Channel.DIRECT : c.choice('channel', CHANNELS, CHANNEL_NAMES);
  const dueGiven = c.day('dueDate');
  const finishedAt = c.instant('finishedAt', { notAfter: refs.latest });
  const returnedAt = c.instant('returnedAt', { notAfter: refs.latest });
  const status = c.choice('status', STATUSES, STATUS_NAMES);
  const supplementRequests = c.whole('supplementRequests', 0, 32767) ?? 0;
  const apologySlip = c.bool('apologySlip') ?? false;
  const workingDaysGiven = c.whole('workingDays', 0, 365);

  if (receivedAt && finishedAt && finishedAt < receivedAt) c.fail('finishedAt', 'FINISHED_BEFORE_RECEIVED', { received: localText(receivedAt) });
  if (returnedAt && !finishedAt && row.get('finishedAt') === '') c.fail('returnedAt', 'RETURNED_WITHOUT_FINISH');
  if (returnedAt && finishedAt && returnedAt < finishedAt) c.fail('returnedAt', 'RETURNED_BEFORE_FINISHED', { finished: localText(finishedAt) });
  if (receivedOn && dueGiven && dueGiven < receivedOn) c.fail('dueDate', 'DUE_BEFORE_RECEIVED', { received: receivedOn });
  if (status && TERMINAL.has(status) && row.get('finishedAt') === '') c.fail('status', 'STATUS_NEEDS_FINISH', { status: row.get('status') });
  if (status && !TERMINAL.has(status) && row.get('finishedAt') !== '') c.fail('status', 'STATUS_OPEN_BUT_FINISHED', { status: row.get('status') });

  const procedure = procedureOf(c, ctx, workingDaysGiven);
  let dueDate = dueGiven;
  if (receivedOn && procedure && dueDate === null && c.ok) {
    const days = procedure.workingDays;
    if (days === null) c.fail('procedureCode', 'NEW_PROCEDURE_DAYS', { code: row.get('procedureCode') });
    else {
      try {
        dueDate = refs.calendar.addWorkingDays(receivedOn, days);
      } catch (error) {
        if (!(error instanceof MissingCalendarError)) throw error;
        c.fail('receivedAt', 'NO_CALENDAR', { year: error.year });
      }
    }
  }
  if (receivedOn && dueGiven && procedure?.isNew && procedure.workingDays === null && c.ok) inferWorkingDays(c, ctx, row.get('procedureCode'), receivedOn, dueGiven);

  if (!c.ok || code === null || receivedAt === null || receivedOn === null || unitId === null || procedure === null || channel === null || dueDate === null) {
    return { dossier: null, check: c, channelDefaulted: false };
  }
  const classified = classifyDossier({ receivedAt, dueDate, finishedAt, supplementRequests });
  return {
    dossier: {
      line: row.line,
      code,
      unitId,
      procedureId: procedure.id,
      channel,
      receivedAt,
      receivedOn,
      dueDate,
      dueDateComputed: dueGiven === null,
      finishedAt,
      finishedOn: classified.finishedOn,
      returnedAt,
      status: status ?? (finishedAt ? (returnedAt ? DossierStatus.RETURNED : DossierStatus.FINISHED) : DossierStatus.RECEIVED),
      supplementRequests,
      apologySlip,
      timeliness: classified.timeliness,
    },
    check: c,
    channelDefaulted: channelText === '',
  };
}

/** The unit of a code on a day, or an issue (unknown code, or no unit with it on that day). */
export function unitOf(c: RowCheck, refs: ReferenceLookups, key: string, day: LocalDay | null): number | null {
  const code = c.text(key, { required: true, max: 20 });
  if (code === null) return null;
  const match = refs.unit(code, day);
  if (match.ok) {
    if (match.readAs) c.warn(key, 'UNIT_READ_AS', { code: match.readAs });
    return match.id;
  }
  if (match.code === 'UNKNOWN_UNIT') return c.fail(key, 'UNKNOWN_UNIT');
  return c.fail(key, 'UNIT_NOT_ON_DAY', { day: match.day, validity: match.validity, validityEn: match.validityEn });
}

function procedureOf(c: RowCheck, ctx: DossierRowContext, workingDaysGiven: number | null): { id: number; workingDays: number | null; isNew: boolean } | null {
  const code = c.text('procedureCode', { required: true, max: 50 });
  if (code === null) return null;
  const known = ctx.refs.procedure(code);
  if (known) return { id: known.id, workingDays: known.workingDays, isNew: false };
  const name = c.row.get('procedureName');
  const fieldText = c.row.get('field');
  if (name === '' || fieldText === '') {
    const needs = [name === '' ? 'ten_thu_tuc' : null, fieldText === '' ? 'linh_vuc' : null].filter(Boolean);
    const needsEn = [name === '' ? 'ten_thu_tuc (procedure_name)' : null, fieldText === '' ? 'linh_vuc (field)' : null].filter(Boolean);
    return c.fail('procedureCode', 'UNKNOWN_PROCEDURE', { needs: needs.join(' và '), needsEn: needsEn.join(' and ') });
  }
  if (name.length > 500) return c.fail('procedureName', 'TOO_LONG', { max: 500 });
  const fieldId = ctx.refs.field(fieldText);
  if (fieldId === undefined) return c.fail('field', 'UNKNOWN_FIELD', { choices: ctx.refs.fieldCodes });
  const claimed = ctx.newProcedures.claim(code, name, fieldId, workingDaysGiven, c.row.line);
  if ('conflictLine' in claimed) return c.fail('procedureName', 'NEW_PROCEDURE_CONFLICT', { code, first: claimed.conflictLine, other: claimed.other });
  return { id: claimed.tempId, workingDays: claimed.inferred ? null : claimed.workingDays, isNew: true };
}

/** A new procedure with no stated limit takes the working days of its first row with a due date. */
function inferWorkingDays(c: RowCheck, ctx: DossierRowContext, code: string, receivedOn: LocalDay, dueDate: LocalDay): void {
  const created = ctx.newProcedures.get(code);
  if (!created || created.workingDays !== null) return;
  try {
    created.workingDays = Math.min(365, ctx.refs.calendar.workingDaysBetween(receivedOn, dueDate));
    created.inferred = true;
  } catch (error) {
    if (!(error instanceof MissingCalendarError)) throw error;
    c.fail('dueDate', 'NO_CALENDAR', { year: error.year });
  }
}
