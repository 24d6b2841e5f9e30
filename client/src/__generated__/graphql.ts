/* generated — do not edit (npm run codegen: schema/schema.graphql + the operations in client/src) */
/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A local calendar day (Asia/Ho_Chi_Minh), written YYYY-MM-DD */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: any; output: any; }
  /** The `Upload` scalar type represents a file upload. */
  Upload: { input: any; output: any; }
};

/** An account, as administrators see it (never its password) */
export type Account = {
  createdAt: Scalars['DateTimeISO']['output'];
  /** An administrator's username, or cli:<OS user> for npm run user:add */
  createdBy: Scalars['String']['output'];
  disabled: Scalars['Boolean']['output'];
  displayName: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastSignInAt: Maybe<Scalars['DateTimeISO']['output']>;
  role: Role;
  /** Null for ADMIN */
  unit: Maybe<Unit>;
  username: Scalars['String']['output'];
};

/** One line of the audit log: who did what to which record */
export type AuditEntry = {
  /** ACCOUNT_CREATED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, PASSWORD_CHANGED, SIGNED_IN, SIGN_IN_REFUSED, IMPORT, CAMPAIGN_…, ENROLMENT_…, TARGET_… */
  action: Scalars['String']['output'];
  /** Username, cli:<OS user>, or anonymous (a refused sign-in) */
  actor: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  /** The changed values as JSON (never a password or token) */
  detail: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** What it was done to, e.g. account:leader.tanbinh, import_run:12 */
  subject: Scalars['String']['output'];
  /** Id of the unit concerned */
  unitId: Maybe<Scalars['Int']['output']>;
};

/** Published figures that contradict each other: kept as published, flagged here */
export type BrokenIdentity = {
  /** Keys of the figures involved: the whole, then the parts */
  figureKeys: Array<Scalars['String']['output']>;
  kind: BrokenIdentityKind;
  /** Catalogue keys of every part the rule sums, published or not */
  partMetrics: Array<Scalars['String']['output']>;
  /** The parts that were published */
  parts: Array<IdentityFigure>;
  /** The sum of the published parts */
  sum: Scalars['Float']['output'];
  /** The figure the parts are compared with (resolved) */
  whole: IdentityFigure;
};

/** How published parts break whole = sum of parts (resolved = early + on time + overdue) */
export type BrokenIdentityKind =
  /** Every part was published and they do not sum to the whole */
  | 'COMPLETE_SUM'
  /** Only some parts were published and they already exceed the whole */
  | 'PARTIAL_SUM_EXCEEDS';

/** A yearly theme, peak month or same-day campaign; campaigns nest (the week inside the month) */
export type Campaign = {
  /** Campaigns within this one */
  children: Array<Campaign>;
  /** Stable key, e.g. tan-binh-2021-11-peak-month */
  code: Scalars['String']['output'];
  /** Days from startsOn to endsOn, both inclusive */
  days: Scalars['Int']['output'];
  /** How many eligible units there were ("of 15 wards") */
  eligibleUnitCount: Scalars['Int']['output'];
  /** The organiser's child units that existed on some day of the campaign: who could enrol */
  eligibleUnits: Array<Unit>;
  endsOn: Scalars['Date']['output'];
  /** Of the eligible units, how many enrolled ("11 of 15 wards") */
  enrolledEligibleUnitCount: Scalars['Int']['output'];
  /** Units enrolled, the organiser's own desk included when it enrolled */
  enrolledUnitCount: Scalars['Int']['output'];
  /** Enrolled units with their own days, the organiser's desk first */
  enrollments: Array<CampaignEnrollment>;
  id: Scalars['ID']['output'];
  /** The enrolled units (own desks, own days) during the campaign against the same number of days just before it and the same days a year earlier, with a delta per catalogue metric; null when no unit takes part */
  impact: Maybe<CampaignImpact>;
  kind: CampaignKind;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  /** Of the eligible units, how many did not enrol (4 of the 15 wards in the same-day month) */
  notEnrolledEligibleUnitCount: Scalars['Int']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** The unit that runs the campaign */
  organiser: Unit;
  /** Whether the organiser's own desk enrolled (the district desk in the same-day week) */
  organiserEnrolled: Scalars['Boolean']['output'];
  /** Enrolled units that are neither eligible nor the organiser's own desk (a unit further down the organiser's tree) */
  otherEnrolledUnitCount: Scalars['Int']['output'];
  /** The campaign this one is part of (the peak month of a same-day week) */
  parent: Maybe<Campaign>;
  /** The plan it implements, e.g. Kế hoạch 173/KH-UBND ngày 24/6/2021 */
  planReference: Maybe<Scalars['String']['output']>;
  /** KPIs of the enrolled units during the campaign, each unit over its own enrolled days, by grain (null: the whole campaign) and optionally per unit. An enrolment counts the unit's own desk, never the units under it (the district desk's enrolment is the district's own dossiers). Rows only for buckets some enrolment covers; periodStart/periodEnd are the campaign's buckets. */
  progress: Array<KpiRow>;
  /** The source document it comes from (e.g. 003) */
  source: Maybe<Scalars['String']['output']>;
  startsOn: Scalars['Date']['output'];
  /** Thresholds the campaign committed to */
  targets: Array<CampaignTarget>;
  theme: Maybe<Scalars['String']['output']>;
};


/** A yearly theme, peak month or same-day campaign; campaigns nest (the week inside the month) */
export type CampaignImpactArgs = {
  includeOrganiser?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A yearly theme, peak month or same-day campaign; campaigns nest (the week inside the month) */
export type CampaignProgressArgs = {
  grain?: InputMaybe<KpiDimension>;
  includeOrganiser?: InputMaybe<Scalars['Boolean']['input']>;
  perUnit?: Scalars['Boolean']['input'];
};

/** The enrolled units over a baseline period, and the campaign against it */
export type CampaignBaseline = {
  /** Every count and rate of a KPI row, in catalogue order: during against this baseline */
  deltas: Array<CampaignMetricDelta>;
  kpi: KpiRow;
  /** The campaign's days moved to the baseline; an enrolment for part of the campaign is moved the same way */
  period: Period;
};

/** A unit taking part in a campaign, for all of it or for its own days */
export type CampaignEnrollment = {
  /** What the unit committed to, as published */
  commitment: Maybe<Scalars['String']['output']>;
  endsOn: Scalars['Date']['output'];
  /** True when the source gave only a count of enrolled units and the demo chose which (F9: 11 of 15 wards) */
  generated: Scalars['Boolean']['output'];
  startsOn: Scalars['Date']['output'];
  /** The enrolled unit: its own desk only (a district desk, a ward), never the units under it */
  unit: Unit;
};

/** Did the campaign beat its baselines? The enrolled units, each over its own enrolled days */
export type CampaignImpact = {
  /** The same number of days immediately before the campaign (15–20 Nov 2021 → 9–14 Nov 2021) */
  baselineBefore: CampaignBaseline;
  /** The enrolled units during the campaign, each over its own enrolled days */
  during: KpiRow;
  /** The campaign's days */
  period: Period;
  /** The same days a year earlier */
  sameLastYear: CampaignBaseline;
  /** `targets` met, missed and without data ("1 of 1 targets met") */
  targetCounts: TargetCounts;
  /** The campaign's targets against `during` */
  targets: Array<TargetCheck>;
  /** Units counted */
  unitCount: Scalars['Int']['output'];
};

/** What a campaign is */
export type CampaignKind =
  /** Any other campaign */
  | 'OTHER'
  /** A peak month of administrative reform (Tân Bình, November 2021) */
  | 'PEAK_MONTH'
  /** Same-day processing over a longer stretch (11 of 15 wards for the whole peak month) */
  | 'SAME_DAY'
  /** A week of receiving and resolving dossiers on the same day */
  | 'SAME_DAY_WEEK'
  /** A city's theme for the year (e.g. Ho Chi Minh City 2021) */
  | 'YEARLY_THEME';

/** One catalogue metric of a campaign against a baseline */
export type CampaignMetricDelta = {
  /** Value in the baseline */
  baseline: Maybe<Scalars['Float']['output']>;
  /** value − baseline; null when either is null */
  difference: Maybe<Scalars['Float']['output']>;
  /** True when the campaign did better than the baseline by the metric's direction, false when worse; null for neutral metrics, missing values or no change */
  improved: Maybe<Scalars['Boolean']['output']>;
  /** Key in the metric catalogue */
  metric: Scalars['String']['output'];
  /** difference / baseline; null when either is null or the baseline is 0 */
  relativeChange: Maybe<Scalars['Float']['output']>;
  /** Value during the campaign */
  value: Maybe<Scalars['Float']['output']>;
};

/** A threshold a campaign committed to (e.g. no overdue dossier during the peak month) */
export type CampaignTarget = {
  /** Legal or plan basis of the target */
  basis: Scalars['String']['output'];
  code: Scalars['String']['output'];
  /** AT_LEAST (value ≥ threshold) or AT_MOST (value ≤ threshold) */
  comparator: Scalars['String']['output'];
  /** Key in the metric catalogue */
  metric: Scalars['String']['output'];
  threshold: Scalars['Float']['output'];
  /** The unit bound (with the units under it); null = every enrolled unit */
  unit: Maybe<Unit>;
  validFrom: Maybe<Scalars['Date']['output']>;
  validTo: Maybe<Scalars['Date']['output']>;
};

/** In person, online, or public postal service */
export type Channel =
  | 'DIRECT'
  | 'ONLINE'
  | 'POSTAL';

/** A new account; the password is hashed (argon2id) and never stored or logged */
export type CreateAccountInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** At least 12 characters */
  password: Scalars['String']['input'];
  role: Role;
  /** Official code of the unit; required for every role but ADMIN */
  unitCode?: InputMaybe<Scalars['String']['input']>;
  /** A day the unit existed, for a code reused by the 2025 reform (default: today) */
  unitOn?: InputMaybe<Scalars['String']['input']>;
  /** 3–64 characters: lower-case letters, digits, ".", "-", "_" */
  username: Scalars['String']['input'];
};

/** A new campaign, organised by a unit in reach of the account */
export type CreateCampaignInput = {
  /** Stable key, unique: 2–100 lower-case letters, digits, ".", "-", "_" (e.g. tan-binh-2026-03-peak-month) */
  code: Scalars['String']['input'];
  /** Not before startsOn */
  endsOn: Scalars['Date']['input'];
  kind: CampaignKind;
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Official code of the unit that runs it; the unit must exist on every day of the campaign */
  organiserCode: Scalars['String']['input'];
  /** The campaign this one is part of: its days contain this one's, its organiser is this one's organiser or a unit above it */
  parentCode?: InputMaybe<Scalars['String']['input']>;
  /** The plan it implements, e.g. Kế hoạch 173/KH-UBND ngày 24/6/2021 */
  planReference?: InputMaybe<Scalars['String']['input']>;
  /** The source document it comes from */
  source?: InputMaybe<Scalars['String']['input']>;
  startsOn: Scalars['Date']['input'];
  theme?: InputMaybe<Scalars['String']['input']>;
};

export type DataQualityReport = {
  brokenIdentities: Array<BrokenIdentity>;
  figures: Array<ReportedFigureCheck>;
  /** The figures counted by status */
  statusCounts: FigureStatusCounts;
};

/** One dossier (hồ sơ) as the one-stop desk recorded it; nothing about the applicant is kept */
export type Dossier = {
  channel: Channel;
  /** The source system's dossier code, unique per unit */
  code: Scalars['String']['output'];
  /** Appointment day (ngày hẹn trả), or computed from working days when the source had none */
  dueOn: Scalars['Date']['output'];
  /** First terminal event; null while pending */
  finishedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Local day of the first terminal event */
  finishedOn: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  procedure: Procedure;
  receivedAt: Scalars['DateTimeISO']['output'];
  /** Local day of receipt */
  receivedOn: Scalars['Date']['output'];
  status: DossierStatus;
  supplementRequests: Scalars['Int']['output'];
  /** Null while pending */
  timeliness: Maybe<Timeliness>;
  unit: Unit;
};

/** The KPI figure (Form 06 column) a dossier list stands behind; its totalCount equals that figure in kpis */
export type DossierFigure =
  /** col. 6: received before the period, not finished before it starts */
  | 'CARRIED_OVER'
  /** col. 8: resolved before the due day */
  | 'EARLY'
  /** col. 9: resolved on the due day */
  | 'ON_TIME'
  /** col. 10: resolved after the due day, or after more than one supplement request */
  | 'OVERDUE'
  /** col. 11: received by the end of the period, not finished by then */
  | 'PENDING_AT_END'
  /** col. 13: pending at the end, due day on or before the end */
  | 'PENDING_OVERDUE_AT_END'
  /** col. 12: pending at the end, due day after the end */
  | 'PENDING_WITHIN_DEADLINE_AT_END'
  /** Received in the period (col. 4 + 5; with channel ONLINE: col. 4) */
  | 'RECEIVED'
  /** col. 3: carried over + received */
  | 'RECEIVED_TOTAL'
  /** col. 7: finished (first terminal event) in the period */
  | 'RESOLVED'
  /** Resolved in the period on the local day it was received */
  | 'SAME_DAY';

/** Which dossiers: those behind one KPI figure of a period, optionally of one procedure, field or channel */
export type DossierFilter = {
  channel?: InputMaybe<Channel>;
  /** Procedure field code */
  fieldCode?: InputMaybe<Scalars['String']['input']>;
  figure: DossierFigure;
  period: PeriodInput;
  /** National procedure code (e.g. 1.001193) */
  procedureCode?: InputMaybe<Scalars['String']['input']>;
};

/** A page of dossiers in a stable order (receivedAt, then id) */
export type DossierPage = {
  nodes: Array<Dossier>;
  pageInfo: DossierPageInfo;
  /** Every dossier matching the filter (all pages): the KPI figure itself */
  totalCount: Scalars['Int']['output'];
};

/** Where a page ends and whether more follow */
export type DossierPageInfo = {
  /** Pass as `after` for the next page; null on an empty page */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Where a dossier stands; FINISHED, RETURNED, STOPPED and WITHDRAWN are terminal */
export type DossierStatus =
  | 'AWAITING_SUPPLEMENT'
  | 'FINISHED'
  | 'IN_PROGRESS'
  | 'RECEIVED'
  | 'RETURNED'
  | 'STOPPED'
  | 'WITHDRAWN';

/** Open dossiers due on one day */
export type DueDay = {
  dossiers: Scalars['Int']['output'];
  dueOn: Scalars['Date']['output'];
};

/** Dossiers received by asOf and not finished by the end of asOf ("open"), whose due day falls from asOf through the horizon — about to turn overdue — and, apart, the open ones already overdue */
export type EarlyWarning = {
  /** Open dossiers whose due day was before asOf: already overdue, in no group. alreadyOverdue + dueToday = kpis pendingOverdue at the end of asOf */
  alreadyOverdue: Scalars['Int']['output'];
  asOf: Scalars['Date']['output'];
  /** dueWithin by due day, earliest first */
  byDay: Array<DueDay>;
  /** Every unit with a dossier due through the horizon or already overdue: most due today first, then most due within, most overdue */
  byUnit: Array<EarlyWarningUnit>;
  /** Open dossiers due on asOf */
  dueToday: Scalars['Int']['output'];
  /** Open dossiers due from asOf through the horizon (dueToday included) */
  dueWithin: Scalars['Int']['output'];
  /** How many unit × procedure groups there are (groups holds the first topGroups of them when asked) */
  groupCount: Scalars['Int']['output'];
  /** Per unit and procedure, most urgent first (earliest due day, then most dossiers) */
  groups: Array<EarlyWarningGroup>;
  /** The withinWorkingDays-th working day after asOf (holidays skipped, make-up Saturdays counted); asOf for 0 */
  horizon: Scalars['Date']['output'];
  withinWorkingDays: Scalars['Int']['output'];
};

/** Open dossiers of one unit and procedure due from asOf through the horizon */
export type EarlyWarningGroup = {
  /** Their due days, earliest first */
  dueDays: Array<DueDay>;
  /** Due on asOf itself: overdue once that day ends */
  dueToday: Scalars['Int']['output'];
  /** Due from asOf through the horizon, dueToday included */
  dueWithin: Scalars['Int']['output'];
  procedure: Procedure;
  unit: Unit;
};

/** One unit's open dossiers: due on asOf, due through the horizon, already overdue */
export type EarlyWarningUnit = {
  /** Due before asOf: already overdue */
  alreadyOverdue: Scalars['Int']['output'];
  /** Due on asOf itself: overdue once that day ends */
  dueToday: Scalars['Int']['output'];
  /** Due from asOf through the horizon, dueToday included */
  dueWithin: Scalars['Int']['output'];
  unit: Unit;
};

export type FigureStatus =
  | 'MATCH'
  | 'MISMATCH'
  | 'NOT_COMPUTED';

/** How many figures have each status */
export type FigureStatusCounts = {
  match: Scalars['Int']['output'];
  mismatch: Scalars['Int']['output'];
  notComputed: Scalars['Int']['output'];
  /** Every figure: match + mismatch + notComputed */
  total: Scalars['Int']['output'];
};

/** An identity of Form 06, in its column numbers */
export type Form06Identity =
  /** (6) of the next period = (11) of this period, on the total row */
  | 'CARRIED_INTO_NEXT_PERIOD'
  /** (11) = (12) + (13): pending = not yet due + overdue */
  | 'PENDING_BY_DEADLINE'
  /** (3) = (4) + (5) + (6): received = online + in person + carried over */
  | 'RECEIVED_BY_CHANNEL'
  /** (3) = (7) + (11): received = resolved + pending */
  | 'RECEIVED_BY_OUTCOME'
  /** (7) = (8) + (9) + (10): resolved = early + on time + overdue */
  | 'RESOLVED_BY_TIMELINESS'
  /** A column of the total row = the sum of that column over the field rows */
  | 'TOTAL_OF_ROWS';

/** The official result report (Circular 01/2020/TT-VPCP, Biểu số 06/VPCP/KSTT) with its identity checks */
export type Form06Report = {
  /** Every identity of every row, the total row against the rows, and next period (6) = this (11) */
  checks: Array<IdentityCheck>;
  /** Checks that do not hold: a report that breaks one is flagged, never fixed */
  checksBroken: Scalars['Int']['output'];
  /** Checks that hold */
  checksHolding: Scalars['Int']['output'];
  from: Scalars['Date']['output'];
  rows: Array<Form06Row>;
  to: Scalars['Date']['output'];
  total: Form06Row;
  unit: Unit;
};

/** One row of Form 06: a procedure field, or the total */
export type Form06Row = {
  /** Columns 3–13 in order */
  columns: Array<Scalars['Int']['output']>;
  /** Column 2: the field; null for the total */
  field: Maybe<ProcedureField>;
  /** Column 1: row number; null for the total */
  rowNumber: Maybe<Scalars['Int']['output']>;
};

/** One value in an identity check: a column of a row */
export type Form06Term = {
  /** Form 06 column, 3–13 */
  column: Scalars['Int']['output'];
  /** Column 1 of the field row it is read from; null for the total row */
  rowNumber: Maybe<Scalars['Int']['output']>;
  value: Scalars['Int']['output'];
};

/** Whether a meeting was held by a unit the scope names or by a unit under it */
export type HeldBy =
  | 'SCOPE_UNIT'
  | 'UNIT_BELOW';

/** An identity of Form 06 tested on one row: left = the sum of the right-hand terms */
export type IdentityCheck = {
  /** The field of the row checked; null for the total row */
  field: Maybe<ProcedureField>;
  /** left.value = rightSum */
  holds: Scalars['Boolean']['output'];
  identity: Form06Identity;
  left: Form06Term;
  /** CARRIED_INTO_NEXT_PERIOD: the first day of the next period, whose (6) is the left side */
  nextPeriodFrom: Maybe<Scalars['Date']['output']>;
  /** The terms summed on the right; TOTAL_OF_ROWS: one per field row */
  right: Array<Form06Term>;
  /** The sum of the right-hand terms */
  rightSum: Scalars['Int']['output'];
  /** Column 1 of the field row checked; null for the total row */
  rowNumber: Maybe<Scalars['Int']['output']>;
};

/** A published figure as a term of an identity */
export type IdentityFigure = {
  key: Scalars['String']['output'];
  /** Key in the metric catalogue */
  metric: Scalars['String']['output'];
  sourceDocument: Scalars['String']['output'];
  /** The value as published */
  value: Scalars['Float']['output'];
};

/** A column of the file and what it was read as */
export type ImportColumn = {
  /** The column it was read as, e.g. "ma_ho_so | dossier_code"; null when not used */
  field: Maybe<Scalars['String']['output']>;
  /** The header as written in the file */
  header: Scalars['String']['output'];
  status: ImportColumnStatus;
};

/** How a column of the file was read */
export type ImportColumnStatus =
  | 'DUPLICATE'
  | 'MAPPED'
  | 'PERSONAL_DATA_IGNORED'
  | 'UNKNOWN';

/** A problem found in a file: where (line, column, value) and why, in Vietnamese and English */
export type ImportIssue = {
  /** Stable code of the rule, e.g. FINISHED_BEFORE_RECEIVED, DUPLICATE_IN_FILE, UNKNOWN_UNIT */
  code: Scalars['String']['output'];
  /** The column’s header as written in the file */
  column: Maybe<Scalars['String']['output']>;
  /** Line of the CSV file or row of the sheet; null for the file as a whole */
  line: Maybe<Scalars['Int']['output']>;
  messageEn: Scalars['String']['output'];
  messageVi: Scalars['String']['output'];
  severity: ImportIssueSeverity;
  value: Maybe<Scalars['String']['output']>;
};

/** An error stops the import; a warning does not */
export type ImportIssueSeverity =
  | 'ERROR'
  | 'WARNING';

/** Dossiers (hồ sơ), satisfaction ratings, meetings with their opinions, or reported figures */
export type ImportKind =
  | 'DOSSIERS'
  | 'MEETINGS'
  | 'RATINGS'
  | 'REPORTED';

/** The header and the first rows of the file, as read */
export type ImportPreview = {
  header: Array<Scalars['String']['output']>;
  rows: Array<Array<Scalars['String']['output']>>;
};

/** What an import did (or, on a dry run, would do) with a file, and why not when it refused it */
export type ImportReport = {
  /** Size of the file in bytes */
  bytes: Scalars['Float']['output'];
  columns: Array<ImportColumn>;
  dryRun: Scalars['Boolean']['output'];
  /** Every error found; `errors` lists the first ones */
  errorCount: Scalars['Int']['output'];
  errors: Array<ImportIssue>;
  fileName: Scalars['String']['output'];
  /** CSV or XLSX */
  format: Maybe<Scalars['String']['output']>;
  /** Records added (dry run: that would be) */
  inserted: Scalars['Int']['output'];
  kind: Maybe<ImportKind>;
  /** True when the file was imported (dry run: when it would be) */
  ok: Scalars['Boolean']['output'];
  preview: ImportPreview;
  /** Records removed because the file no longer lists them (opinions of a re-imported meeting) */
  removed: Scalars['Int']['output'];
  result: ImportResult;
  /** Data rows in the file */
  rows: Scalars['Int']['output'];
  /** The recorded import (see `imports`); null on a dry run */
  runId: Maybe<Scalars['ID']['output']>;
  seconds: Scalars['Float']['output'];
  sha256: Maybe<Scalars['String']['output']>;
  /** Stored records the file repeats as they are */
  unchanged: Scalars['Int']['output'];
  /** Stored records the file changes, e.g. a dossier now finished */
  updated: Scalars['Int']['output'];
  warnings: Array<ImportIssue>;
};

export type ImportResult =
  | 'FAILED'
  | 'INTERRUPTED'
  | 'REJECTED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** An import of a file: who, when, which file, its rows and its result */
export type ImportRun = {
  /** Who imported: the CLI’s OS user (cli:name) or "api" until accounts exist */
  actor: Scalars['String']['output'];
  /** Size of the file in bytes */
  bytes: Scalars['Float']['output'];
  errorCount: Scalars['Int']['output'];
  fileName: Scalars['String']['output'];
  finishedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** CSV or XLSX */
  format: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  inserted: Scalars['Int']['output'];
  /** Null when the file was refused before its kind was known */
  kind: Maybe<ImportKind>;
  /** The first reason of a refusal or failure (English) */
  message: Maybe<Scalars['String']['output']>;
  result: ImportResult;
  /** Data rows in the file */
  rows: Scalars['Int']['output'];
  /** SHA-256 of the file, when it was read to the end */
  sha256: Maybe<Scalars['String']['output']>;
  startedAt: Scalars['DateTimeISO']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
  /** CLI or API */
  via: Scalars['String']['output'];
  warningCount: Scalars['Int']['output'];
};

/** What KPI rows are grouped by; at most one time dimension */
export type KpiDimension =
  | 'CHANNEL'
  | 'DAY'
  | 'FIELD'
  | 'MONTH'
  | 'PROCEDURE'
  | 'QUARTER'
  | 'UNIT'
  | 'WEEK'
  | 'YEAR';

/** Form 06 counts and catalogue rates for one group; rates are fractions 0–1, null when their denominator is 0 */
export type KpiRow = {
  /** col. 6: pending at the start of the period */
  carriedOver: Scalars['Int']['output'];
  channel: Maybe<Channel>;
  /** col. 8 */
  early: Scalars['Int']['output'];
  earlyRate: Maybe<Scalars['Float']['output']>;
  field: Maybe<ProcedureField>;
  /** col. 9 */
  onTime: Scalars['Int']['output'];
  /** (early + onTime) / resolved */
  onTimeRate: Maybe<Scalars['Float']['output']>;
  onlineShare: Maybe<Scalars['Float']['output']>;
  /** col. 10 */
  overdue: Scalars['Int']['output'];
  overdueRate: Maybe<Scalars['Float']['output']>;
  /** col. 11: pending at the end of the period */
  pending: Scalars['Int']['output'];
  /** col. 13 */
  pendingOverdue: Scalars['Int']['output'];
  /** col. 12 */
  pendingWithinDeadline: Scalars['Int']['output'];
  /** Last day of the time bucket (clipped to the period) */
  periodEnd: Maybe<Scalars['Date']['output']>;
  /** First day of the time bucket (clipped to the period) */
  periodStart: Maybe<Scalars['Date']['output']>;
  procedure: Maybe<Procedure>;
  /** Ratings are per unit, channel and day: 0 when rows are per field or procedure */
  ratings: Scalars['Int']['output'];
  ratingsDissatisfied: Scalars['Int']['output'];
  ratingsNeutral: Scalars['Int']['output'];
  ratingsSatisfied: Scalars['Int']['output'];
  ratingsVerySatisfied: Scalars['Int']['output'];
  /** Received in the period (col. 4 + 5) */
  received: Scalars['Int']['output'];
  /** col. 5 */
  receivedInPerson: Scalars['Int']['output'];
  /** col. 4 */
  receivedOnline: Scalars['Int']['output'];
  /** Form 06 col. 3 = received + carriedOver */
  receivedTotal: Scalars['Int']['output'];
  /** col. 7 */
  resolved: Scalars['Int']['output'];
  sameDay: Scalars['Int']['output'];
  sameDayRate: Maybe<Scalars['Float']['output']>;
  /** (very satisfied + satisfied) / ratings */
  satisfactionRate: Maybe<Scalars['Float']['output']>;
  unit: Maybe<Unit>;
};

/** Who the dashboard is talking to: the signed-in account or the demo */
export type Me = {
  /** True: not signed in, the read-only demo leader of the demo data (embedded database) */
  demo: Scalars['Boolean']['output'];
  displayName: Maybe<Scalars['String']['output']>;
  permissions: Array<Permission>;
  /** True for ADMIN and the demo: every unit */
  reachesAllUnits: Scalars['Boolean']['output'];
  role: Role;
  /** When the session ends; null for the demo */
  sessionExpiresAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The account's unit (it reaches that unit and everything under it); the top units for ADMIN and the demo */
  units: Array<Unit>;
  /** Null for the demo */
  username: Maybe<Scalars['String']['output']>;
};

/** A dialogue or People's Conference, with its figures as published and its itemised opinions */
export type Meeting = {
  /** Participants as reported (F11: 111) */
  attendees: Maybe<Scalars['Int']['output']>;
  /** Of the participants, businesses (F11: 80) */
  businesses: Maybe<Scalars['Int']['output']>;
  chair: Maybe<Scalars['String']['output']>;
  /** True when the demo data split a reported total into this meeting (F13) */
  generated: Scalars['Boolean']['output'];
  /** The day it was held; null when the source gives none */
  heldOn: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  kind: MeetingKind;
  /** Neighbourhoods (khu phố) represented (F12: 117) */
  neighbourhoods: Maybe<Scalars['Int']['output']>;
  note: Maybe<Scalars['String']['output']>;
  /** Opinions as the source counted them; null = not reported or not exact (never 0 or a guess) */
  opinionCount: Maybe<Scalars['Int']['output']>;
  /** The count in the source's words when it is not exact, e.g. "more than 9" */
  opinionCountText: Maybe<Scalars['String']['output']>;
  opinions: Array<Opinion>;
  /** Opinions itemised below */
  opinionsItemised: Scalars['Int']['output'];
  /** The day it counts on in periods (see placement); null = in no period */
  placedOn: Maybe<Scalars['Date']['output']>;
  placement: MeetingPlacement;
  /** Stable key from the source */
  ref: Scalars['String']['output'];
  reviewedFrom: Maybe<Scalars['Date']['output']>;
  reviewedTo: Maybe<Scalars['Date']['output']>;
  sourceDocument: Maybe<Scalars['String']['output']>;
  /** Topics the source lists without counting opinions per topic */
  topicsRaised: Array<Scalars['String']['output']>;
  unit: Unit;
};

/** Dialogue with citizens, with businesses, on administrative procedures, or a People's Conference */
export type MeetingKind =
  | 'BUSINESS_DIALOGUE'
  | 'CITIZEN_DIALOGUE'
  | 'PEOPLES_CONFERENCE'
  | 'PROCEDURE_DIALOGUE';

/** How a meeting is placed in periods: the day it was held, or (undated) the last day of the period its report gives for it */
export type MeetingPlacement =
  | 'HELD_ON'
  | 'REPORT_PERIOD_END'
  | 'UNPLACED';

/** A metric of the catalogue: what every screen and export shows under this name */
export type Metric = {
  description: Scalars['String']['output'];
  /** HIGHER_IS_BETTER, LOWER_IS_BETTER or NEUTRAL */
  direction: Scalars['String']['output'];
  /** Column of Form 06 */
  form06Column: Maybe<Scalars['Int']['output']>;
  key: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameVi: Scalars['String']['output'];
  /** COUNT or RATE (a fraction 0–1) */
  unit: Scalars['String']['output'];
};

/** One catalogue metric of a compared period against the base period */
export type MetricDelta = {
  /** baseValue − value: how the base moved since this period (a KPI card against the previous period); null when either is null */
  baseChange: Maybe<Scalars['Float']['output']>;
  /** True when the base period did better than this one by the metric's direction, false when worse; null for neutral metrics, missing values or no change */
  baseIsBetter: Maybe<Scalars['Boolean']['output']>;
  /** baseChange / value; null when either is null or value is 0 */
  baseRelativeChange: Maybe<Scalars['Float']['output']>;
  /** Value in the base period */
  baseValue: Maybe<Scalars['Float']['output']>;
  /** value − baseValue; null when either is null */
  difference: Maybe<Scalars['Float']['output']>;
  /** Key in the metric catalogue */
  metric: Scalars['String']['output'];
  /** difference / baseValue; null when either is null or baseValue is 0 */
  relativeChange: Maybe<Scalars['Float']['output']>;
  /** Value in this period */
  value: Maybe<Scalars['Float']['output']>;
};

export type Mutation = {
  /** Changes the signed-in account's password */
  changePassword: Scalars['Boolean']['output'];
  /** Creates an account (ADMIN); the first admin comes from npm run user:add */
  createAccount: Account;
  /** Creates a campaign organised by a unit in reach (ORGANISER or ADMIN); audited */
  createCampaign: Campaign;
  /** Deletes a campaign and its enrolments; refused while campaigns within it, targets or reported figures refer to it; true when deleted; audited */
  deleteCampaign: Scalars['Boolean']['output'];
  /** Disables an account and ends its sessions (ADMIN) */
  disableAccount: Account;
  /** Lets a disabled account sign in again (ADMIN) */
  enableAccount: Account;
  /** Enrols units (the organiser's own desk or units under it, existing on every enrolled day), or changes the days or commitment of units already enrolled; audited per unit */
  enrollUnits: Campaign;
  /** Imports a CSV or XLSX file (multipart upload; send the header Apollo-Require-Preflight: true). The whole file is validated first: any invalid row and nothing is written, the report lists each problem. dryRun = validate and preview only. */
  importFile: ImportReport;
  /** Removes a target (ADMIN); true when removed; audited */
  removeTarget: Scalars['Boolean']['output'];
  /** Creates the target with this code or replaces it whole (ADMIN); the metric is a count or rate of the catalogue that the traffic lights judge; audited */
  setTarget: Target;
  /** Checks the password and opens a session (an HttpOnly, SameSite=Strict cookie); the rest of the request runs as the account */
  signIn: Me;
  /** Ends this session and clears its cookie; true when there was one */
  signOut: Scalars['Boolean']['output'];
  /** Changes a campaign: only the fields given. Its enrolments and the campaigns within it must still fit the new days and organiser; audited */
  updateCampaign: Campaign;
  /** Withdraws enrolled units from a campaign; audited per unit */
  withdrawUnits: Campaign;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};


export type MutationDeleteCampaignArgs = {
  code: Scalars['String']['input'];
};


export type MutationDisableAccountArgs = {
  username: Scalars['String']['input'];
};


export type MutationEnableAccountArgs = {
  username: Scalars['String']['input'];
};


export type MutationEnrollUnitsArgs = {
  campaignCode: Scalars['String']['input'];
  commitment?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  unitCodes: Array<Scalars['String']['input']>;
};


export type MutationImportFileArgs = {
  dryRun?: Scalars['Boolean']['input'];
  file: Scalars['Upload']['input'];
  kind?: InputMaybe<ImportKind>;
};


export type MutationRemoveTargetArgs = {
  code: Scalars['String']['input'];
};


export type MutationSetTargetArgs = {
  input: TargetInput;
};


export type MutationSignInArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationUpdateCampaignArgs = {
  code: Scalars['String']['input'];
  input: UpdateCampaignInput;
};


export type MutationWithdrawUnitsArgs = {
  campaignCode: Scalars['String']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
  unitCodes: Array<Scalars['String']['input']>;
};

/** One opinion raised at a meeting; null = not reported by the source */
export type Opinion = {
  answeredOnSpot: Maybe<Scalars['Boolean']['output']>;
  /** The level whose authority the answer lies in (COMMUNE = ward, PROVINCE = province or higher) */
  authorityLevel: Maybe<UnitLevel>;
  /** Whether it concerns an administrative procedure */
  concernsProcedure: Maybe<Scalars['Boolean']['output']>;
  field: Maybe<ProcedureField>;
  /** True when the demo data split a reported total into this row */
  generated: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Position within the meeting */
  seq: Scalars['Int']['output'];
  status: Maybe<OpinionStatus>;
  topic: Maybe<Scalars['String']['output']>;
  topicEn: Maybe<Scalars['String']['output']>;
};

/** What opinion rows are grouped by: attributes of the opinion, of its meeting, or time (at most one time dimension) */
export type OpinionDimension =
  | 'ANSWERED_ON_SPOT'
  | 'AUTHORITY_LEVEL'
  | 'CONCERNS_PROCEDURE'
  | 'DAY'
  | 'FIELD'
  | 'HELD_BY'
  | 'MEETING'
  | 'MEETING_KIND'
  | 'MONTH'
  | 'QUARTER'
  | 'STATUS'
  | 'TOPIC'
  | 'UNIT'
  | 'WEEK'
  | 'YEAR';

/** Opinions of one group. Dimension fields are null when not grouped by them or not reported. Opinions a meeting reported beyond those itemised (or an unknown number of them) sit in the row whose opinion attributes are null. Rates are over the opinions whose attribute was reported. */
export type OpinionRow = {
  answeredOnSpot: Maybe<Scalars['Boolean']['output']>;
  /** answered on the spot / (answered + not answered on the spot) */
  answeredOnSpotRate: Maybe<Scalars['Float']['output']>;
  /** Participants as the meetings reported them (F13: 929) */
  attendees: ReportedSum;
  /** COMMUNE = ward/commune, DISTRICT, PROVINCE = province or higher */
  authorityLevel: Maybe<UnitLevel>;
  /** Of the participants, businesses (F11: 80) */
  businesses: ReportedSum;
  /** within ward/commune authority / opinions with a reported authority level */
  communeAuthorityShare: Maybe<Scalars['Float']['output']>;
  concernsProcedure: Maybe<Scalars['Boolean']['output']>;
  field: Maybe<ProcedureField>;
  heldBy: Maybe<HeldBy>;
  meeting: Maybe<Meeting>;
  meetingKind: Maybe<MeetingKind>;
  /** Meetings with opinions in this row (in a total or per-meeting row: every meeting) */
  meetings: Scalars['Int']['output'];
  /** Meetings in this row whose opinion count is unknown */
  meetingsWithUnknownOpinionCount: Scalars['Int']['output'];
  /** Neighbourhoods (khu phố) represented (F12: 117) */
  neighbourhoods: ReportedSum;
  /** How those meetings described their count, as published (F12: "more than 9") */
  opinionCountWords: Array<Scalars['String']['output']>;
  /** This row's itemised opinions / all itemised opinions of the result */
  opinionShare: Maybe<Scalars['Float']['output']>;
  /** Opinions as the sources counted them; null = unknown (a meeting did not publish an exact count) */
  opinions: Maybe<Scalars['Int']['output']>;
  opinionsAboutProcedures: Scalars['Int']['output'];
  opinionsAnswered: Scalars['Int']['output'];
  opinionsAnsweredOnSpot: Scalars['Int']['output'];
  opinionsCommuneAuthority: Scalars['Int']['output'];
  opinionsDistrictAuthority: Scalars['Int']['output'];
  opinionsHigherAuthority: Scalars['Int']['output'];
  /** Opinions itemised one by one (a lower bound when opinions is null) */
  opinionsItemised: Scalars['Int']['output'];
  opinionsNotAnsweredOnSpot: Scalars['Int']['output'];
  opinionsOpen: Scalars['Int']['output'];
  opinionsOther: Scalars['Int']['output'];
  opinionsReferred: Scalars['Int']['output'];
  /** Last day of the time bucket (clipped to the period) */
  periodEnd: Maybe<Scalars['Date']['output']>;
  /** First day of the time bucket (clipped to the period) */
  periodStart: Maybe<Scalars['Date']['output']>;
  /** about procedures / (about procedures + other) */
  procedureOpinionShare: Maybe<Scalars['Float']['output']>;
  /** referred / opinions with a reported status */
  referredRate: Maybe<Scalars['Float']['output']>;
  status: Maybe<OpinionStatus>;
  topic: Maybe<Scalars['String']['output']>;
  topicEn: Maybe<Scalars['String']['output']>;
  unit: Maybe<Unit>;
  /** What unitsWithMeetings is out of: the named units and the units directly under them in force during the period; grouped by HELD_BY, those of the row's part (F13: 15 wards under Tân Bình) */
  unitsInScope: Scalars['Int']['output'];
  /** Units that held the row's meetings, counted at the scope's first level down: a named unit as itself, a unit under it as the unit directly under the named one (F13: 13 wards) */
  unitsWithMeetings: Scalars['Int']['output'];
};

/** Follow-up of an opinion: answered, referred to the competent level, or open */
export type OpinionStatus =
  | 'ANSWERED'
  | 'OPEN'
  | 'REFERRED';

/** Local days (Asia/Ho_Chi_Minh), both inclusive */
export type Period = {
  /** Number of days */
  days: Scalars['Int']['output'];
  from: Scalars['Date']['output'];
  /** The named month, quarter, half or year this period is exactly; null for any other range */
  name: Maybe<PeriodName>;
  to: Scalars['Date']['output'];
};

/** A scope's KPIs in a base period and in the periods compared with it */
export type PeriodComparison = {
  /** Like-for-like cut-off applied, if any */
  asOf: Maybe<Scalars['Date']['output']>;
  base: PeriodComparisonRow;
  /** Presets first (in the order asked), then the explicit periods */
  compared: Array<PeriodComparisonRow>;
};

/** The base period or one period compared with it */
export type PeriodComparisonRow = {
  /** Every catalogue metric against the base period, in catalogue order; empty for the base row */
  deltas: Array<MetricDelta>;
  kpi: KpiRow;
  /** BASE, the preset (PREVIOUS_PERIOD…), or PERIOD_n for the n-th of `periods` */
  label: Scalars['String']['output'];
  /** The days counted (cut to date when asOf was given) */
  period: Period;
  preset: Maybe<PeriodPreset>;
};

/** CALENDAR: as on the calendar (national portal). REPORTING_WINDOW (Decree 09/2019): month n = 15th of n−1 to 14th of n; Q1 = 15 Dec–14 Mar; year = 15 Dec–14 Dec */
export type PeriodConvention =
  | 'CALENDAR'
  | 'REPORTING_WINDOW';

/** Local days (Asia/Ho_Chi_Minh), both inclusive; at most 10 years */
export type PeriodInput = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

/** Kind of a named period */
export type PeriodKind =
  | 'HALF'
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

/** Which named period a period is */
export type PeriodName = {
  convention: PeriodConvention;
  /** Month 1–12, quarter 1–4, half 1–2, year 1 */
  index: Scalars['Int']['output'];
  kind: PeriodKind;
  /** The year the period ends in */
  year: Scalars['Int']['output'];
};

/** A period derived from the base period */
export type PeriodPreset =
  /** The calendar period of the same name (reporting window Nov 2021 → 1–30 Nov 2021); the base must be a reporting window */
  | 'CALENDAR_PERIOD'
  /** The period just before, of the same kind (Nov 2021 → Oct 2021; reporting window 15 Oct–14 Nov → 15 Sep–14 Oct; 15–20 Nov → 9–14 Nov) */
  | 'PREVIOUS_PERIOD'
  /** The Decree 09/2019 reporting window of the same name (calendar Nov 2021 → 15 Oct–14 Nov 2021); the base must be a calendar month, quarter, half or year */
  | 'REPORTING_WINDOW'
  /** The same days a year earlier */
  | 'SAME_PERIOD_LAST_YEAR';

/** What the signed-in account (or the demo) may do */
export type Permission =
  | 'ADMIN'
  | 'IMPORT'
  | 'MANAGE_CAMPAIGNS'
  | 'MANAGE_TARGETS'
  | 'READ';

export type Procedure = {
  /** National procedure code (e.g. 1.001193) */
  code: Scalars['String']['output'];
  field: ProcedureField;
  id: Scalars['ID']['output'];
  /** Level whose one-stop desk handles it */
  level: Maybe<UnitLevel>;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  /** Statutory time limit in working days (0 = the same day) */
  workingDays: Scalars['Int']['output'];
};

export type ProcedureField = {
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
};

export type Query = {
  /** Every account, by username (ADMIN) */
  accounts: Array<Account>;
  /** The audit log, newest first (ADMIN): imports and changes to accounts, campaigns and targets; first: 1–500 */
  auditLog: Array<AuditEntry>;
  /** One campaign by its code; null when there is none */
  campaign: Maybe<Campaign>;
  /** Campaigns, longest first on the same start day; unitCode: organised by a unit bearing the code or with one enrolled; activeOn: running that day */
  campaigns: Array<Campaign>;
  /** KPIs of a scope in a base period against other periods — presets derived from it and/or explicit periods (neither: the previous period and the same period last year) — with a delta per catalogue metric. asOf compares like for like to date: the base is cut at asOf, every other period after as many days. */
  comparePeriods: PeriodComparison;
  /** Units side by side in a period — the given units, or the child units of a parent that existed then, each with everything under it; or every unit of a scope, each by its own desk — ranked by a catalogue metric, against the previous period, with target status. groupBySuccessor makes each row the latest successor of the unit (2025 reform) summed with every unit it took over, listed or not, so periods before and after a merger compare on the same rows. */
  compareUnits: UnitComparison;
  /** Reported vs computed figures, and published figures that break an identity */
  dataQuality: DataQualityReport;
  /** The dossiers behind a KPI figure (drill-down), a page at a time (first: 1–500); totalCount equals the figure in kpis */
  dossiers: DossierPage;
  /** Unfinished dossiers about to turn overdue: due from asOf through the n-th working day after it, by unit and procedure */
  earlyWarning: EarlyWarning;
  /** Form 06 for a unit and period, one row per procedure field, with its identity checks */
  form06: Form06Report;
  /** The latest imports, newest first: who, when, which file, rows and result */
  imports: Array<ImportRun>;
  /** Form 06 counts and rates for units and a period, grouped as asked */
  kpis: Array<KpiRow>;
  /** The signed-in account, or the demo (demo: true); null when not signed in */
  me: Maybe<Me>;
  /** One meeting with its itemised opinions (null when there is none with this id) */
  meeting: Maybe<Meeting>;
  /** Dialogues and conferences of the units (with descendants by default), placed in the period when one is given, with their itemised opinions */
  meetings: Array<Meeting>;
  /** The metric catalogue: names, descriptions, units and directions */
  metrics: Array<Metric>;
  /** Opinions raised at the meetings placed in the period, counted and grouped as asked */
  opinions: Array<OpinionRow>;
  /** The days of a named month, quarter, half or year, in the calendar or the Decree 09/2019 reporting convention */
  reportingPeriod: Period;
  /** Satisfaction ratings per level and the satisfaction rate for units and a period, grouped as asked */
  satisfaction: Array<SatisfactionRow>;
  /** Targets by code: those bound to no unit (every unit) and, with unitCode, those bound to the unit or a unit under it; without unitCode, those bound to any unit in reach. activeOn: in force that day (a reused code then means the unit of that day); metric: on that catalogue metric */
  targets: Array<Target>;
  /** Units by name (diacritics optional) or code, level, parent code, or existence on a day */
  units: Array<Unit>;
};


export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  subject?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCampaignArgs = {
  code: Scalars['String']['input'];
};


export type QueryCampaignsArgs = {
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<CampaignKind>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryComparePeriodsArgs = {
  against?: InputMaybe<Array<PeriodPreset>>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  period: PeriodInput;
  periods?: InputMaybe<Array<PeriodInput>>;
  scope: ScopeInput;
};


export type QueryCompareUnitsArgs = {
  groupBySuccessor?: Scalars['Boolean']['input'];
  metric?: Scalars['String']['input'];
  parentCode?: InputMaybe<Scalars['String']['input']>;
  period: PeriodInput;
  scope?: InputMaybe<ScopeInput>;
  unitCodes?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryDataQualityArgs = {
  unitCodes?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryDossiersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: DossierFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
  scope: ScopeInput;
};


export type QueryEarlyWarningArgs = {
  asOf: Scalars['Date']['input'];
  scope: ScopeInput;
  topGroups?: InputMaybe<Scalars['Int']['input']>;
  withinWorkingDays?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryForm06Args = {
  includeDescendants?: Scalars['Boolean']['input'];
  period: PeriodInput;
  unitCode: Scalars['String']['input'];
};


export type QueryImportsArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryKpisArgs = {
  groupBy?: InputMaybe<Array<KpiDimension>>;
  period: PeriodInput;
  scope: ScopeInput;
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingsArgs = {
  kind?: InputMaybe<MeetingKind>;
  period?: InputMaybe<PeriodInput>;
  scope: ScopeInput;
};


export type QueryOpinionsArgs = {
  groupBy?: InputMaybe<Array<OpinionDimension>>;
  period: PeriodInput;
  scope: ScopeInput;
};


export type QueryReportingPeriodArgs = {
  convention?: PeriodConvention;
  index?: Scalars['Int']['input'];
  kind: PeriodKind;
  year: Scalars['Int']['input'];
};


export type QuerySatisfactionArgs = {
  groupBy?: InputMaybe<Array<SatisfactionDimension>>;
  period: PeriodInput;
  scope: ScopeInput;
};


export type QueryTargetsArgs = {
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  metric?: InputMaybe<Scalars['String']['input']>;
  unitCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUnitsArgs = {
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  level?: InputMaybe<UnitLevel>;
  parentCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A published figure set beside the value the facts give */
export type ReportedFigureCheck = {
  /** The figure in the report's own words */
  asPublished: Scalars['String']['output'];
  computed: Maybe<Scalars['Float']['output']>;
  key: Scalars['String']['output'];
  metric: Scalars['String']['output'];
  periodFrom: Maybe<Scalars['Date']['output']>;
  periodTo: Maybe<Scalars['Date']['output']>;
  reported: Maybe<Scalars['Float']['output']>;
  /** UNIT, UNIT_AND_DESCENDANTS, DESCENDANTS or CAMPAIGN_ENROLLED */
  scope: Scalars['String']['output'];
  sourceDocument: Scalars['String']['output'];
  status: FigureStatus;
  unit: Unit;
};

/** A figure meetings report about themselves, added over the meetings of the row that reported it */
export type ReportedSum = {
  /** Meetings of the row that reported it: fewer than the row's meetings = a partial sum */
  reportedBy: Scalars['Int']['output'];
  /** The sum; null = no meeting of the row reported it (never 0 for "not reported") */
  value: Maybe<Scalars['Int']['output']>;
};

/** What an account may do; every role but ADMIN is bound to a unit and the units under it */
export type Role =
  /** Everything, every unit */
  | 'ADMIN'
  /** Reads everything under their unit */
  | 'LEADER'
  /** Reads their unit and imports data for it */
  | 'OFFICER'
  /** Reads their unit and manages its campaigns and enrolments */
  | 'ORGANISER'
  /** Read-only, under their unit */
  | 'VIEWER';

/** What satisfaction rows are grouped by; at most one time dimension */
export type SatisfactionDimension =
  | 'CHANNEL'
  | 'DAY'
  | 'MONTH'
  | 'QUARTER'
  | 'UNIT'
  | 'WEEK'
  | 'YEAR';

/** Ratings of one group, per level, with the catalogue's rates (fractions 0–1, null when there are no ratings). The same rows and numbers as kpis for the same scope, period and grouping. */
export type SatisfactionRow = {
  /** Null when not grouped by channel, or when grouped and the rating did not record one */
  channel: Maybe<Channel>;
  dissatisfiedShare: Maybe<Scalars['Float']['output']>;
  neutralShare: Maybe<Scalars['Float']['output']>;
  /** Last day of the time bucket (clipped to the period) */
  periodEnd: Maybe<Scalars['Date']['output']>;
  /** First day of the time bucket (clipped to the period) */
  periodStart: Maybe<Scalars['Date']['output']>;
  ratings: Scalars['Int']['output'];
  ratingsDissatisfied: Scalars['Int']['output'];
  ratingsNeutral: Scalars['Int']['output'];
  ratingsSatisfied: Scalars['Int']['output'];
  ratingsVerySatisfied: Scalars['Int']['output'];
  /** (very satisfied + satisfied) / ratings */
  satisfactionRate: Maybe<Scalars['Float']['output']>;
  satisfiedShare: Maybe<Scalars['Float']['output']>;
  unit: Maybe<Unit>;
  verySatisfiedShare: Maybe<Scalars['Float']['output']>;
};

/** Units by official code; with descendants (default), everything under them too */
export type ScopeInput = {
  includeDescendants?: Scalars['Boolean']['input'];
  unitCodes: Array<Scalars['String']['input']>;
};

/** A threshold on a catalogue metric, for traffic lights (legal targets, campaign commitments) */
export type Target = {
  /** Legal or plan basis */
  basis: Scalars['String']['output'];
  /** Code of the campaign it belongs to (it then binds the enrolled units only) */
  campaignCode: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  comparator: TargetComparator;
  /** Key in the metric catalogue (metrics query) */
  metric: Scalars['String']['output'];
  /** Rates as fractions 0–1, counts as numbers */
  threshold: Scalars['Float']['output'];
  /** The unit bound, with the units under it; null = every unit */
  unit: Maybe<Unit>;
  /** First day in force; null = always */
  validFrom: Maybe<Scalars['Date']['output']>;
  /** Last day in force; null = no end */
  validTo: Maybe<Scalars['Date']['output']>;
};

/** One target (legal or campaign threshold) applied to a row */
export type TargetCheck = {
  /** Legal or plan basis of the target */
  basis: Scalars['String']['output'];
  code: Scalars['String']['output'];
  /** AT_LEAST (value ≥ threshold) or AT_MOST (value ≤ threshold) */
  comparator: Scalars['String']['output'];
  /** Key in the metric catalogue */
  metric: Scalars['String']['output'];
  status: TargetOutcome;
  threshold: Scalars['Float']['output'];
  /** The row's value of the metric in the period */
  value: Maybe<Scalars['Float']['output']>;
};

/** How a value meets a threshold */
export type TargetComparator =
  /** value ≥ threshold */
  | 'AT_LEAST'
  /** value ≤ threshold */
  | 'AT_MOST';

/** How many targets were met, missed or could not be judged */
export type TargetCounts = {
  /** Targets MET */
  met: Scalars['Int']['output'];
  /** Targets MISSED */
  missed: Scalars['Int']['output'];
  /** Targets with NO_DATA */
  noData: Scalars['Int']['output'];
  /** Targets judged: met + missed + noData */
  total: Scalars['Int']['output'];
};

/** A target, created or replaced whole by its code */
export type TargetInput = {
  /** Legal or plan basis, e.g. Quyết định 766/QĐ-TTg */
  basis: Scalars['String']['input'];
  /** The campaign it belongs to; null = not a campaign target */
  campaignCode?: InputMaybe<Scalars['String']['input']>;
  /** Stable key: 2–100 lower-case letters, digits, ".", "-", "_" (e.g. index766-satisfaction) */
  code: Scalars['String']['input'];
  comparator: TargetComparator;
  /** Key of a catalogue metric that the traffic lights judge: the dossier and rating counts and rates (receivedTotal … satisfactionRate), not the opinion metrics or rating shares */
  metric: Scalars['String']['input'];
  /** A fraction 0–1 for a rate (0.95 = 95%), a number ≥ 0 for a count */
  threshold: Scalars['Float']['input'];
  /** The unit bound (with the units under it); null = every unit */
  unitCode?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Not before validFrom */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** A target against a row: MET / MISSED (thresholds inclusive), NO_DATA when the metric has no value (a rate without denominator) */
export type TargetOutcome =
  | 'MET'
  | 'MISSED'
  | 'NO_DATA';

export type Timeliness =
  | 'EARLY'
  | 'ON_TIME'
  | 'OVERDUE';

/** Overall status of a row against its applicable targets */
export type TrafficLight =
  /** None missed, but some could not be judged (no data) */
  | 'AMBER'
  /** Every applicable target met */
  | 'GREEN'
  /** Nothing to judge: no applicable target, or none with data */
  | 'GREY'
  /** At least one target missed */
  | 'RED';

/** An administrative unit with its official code */
export type Unit = {
  /** Units directly under this one */
  children: Array<Unit>;
  /** Official code of the General Statistics Office (e.g. 766 = Tân Bình district) */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Kind: phuong, xa, thi_tran, quan, huyen, thi_xa, thanh_pho, tinh, … */
  kind: Scalars['String']['output'];
  level: UnitLevel;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  parent: Maybe<Unit>;
  /** Units this one took over */
  predecessors: Array<Unit>;
  /** Units that took over this one (2025 mergers) */
  successors: Array<Unit>;
  /** First day of existence; null = before the records */
  validFrom: Maybe<Scalars['Date']['output']>;
  /** Last day of existence; null = still exists */
  validTo: Maybe<Scalars['Date']['output']>;
};

/** Units side by side for a period, ranked by one catalogue metric, with the previous period and targets */
export type UnitComparison = {
  groupedBySuccessor: Scalars['Boolean']['output'];
  /** The ranking metric */
  metric: Metric;
  period: Period;
  /** The period just before, of the same kind */
  previousPeriod: Period;
  /** Rows with a rank (a value of the metric) */
  rankedRows: Scalars['Int']['output'];
  /** By rank (unranked last), then by name */
  rows: Array<UnitComparisonRow>;
};

/** One unit (with everything under it) in a unit comparison */
export type UnitComparisonRow = {
  /** KPIs in the period, descendants included (compared by scope: the own desk only) */
  kpi: KpiRow;
  /** Grouped by successor: the predecessors whose figures are summed into this row; otherwise empty */
  members: Array<Unit>;
  /** KPIs in the previous period, same units */
  previous: KpiRow;
  previousRank: Maybe<Scalars['Int']['output']>;
  /** The ranking metric in the previous period */
  previousValue: Maybe<Scalars['Float']['output']>;
  /** 1 = best by the metric's direction; equal values share a rank; null without a value */
  rank: Maybe<Scalars['Int']['output']>;
  /** previousRank − rank: positive = moved up */
  rankChange: Maybe<Scalars['Int']['output']>;
  /** 1 = worst by the metric's direction (a volume: the smallest); equal values share it; null without a value. The bottom of the list as rank is its top */
  rankFromBottom: Maybe<Scalars['Int']['output']>;
  /** Members split between several successors and counted whole in this row, the one that kept their code (dossiers carry no address to apportion them) */
  splitMembers: Array<Unit>;
  /** Every target in force during the period whose unit and campaign scope cover this row */
  targetStatus: Array<TargetCheck>;
  /** Rows sharing this rank, this one included (all 16 desks at 100% on time: 16); null without a rank */
  tiedAtRank: Maybe<Scalars['Int']['output']>;
  trafficLight: TrafficLight;
  /** The unit; grouped by successor, the successor */
  unit: Unit;
  /** The ranking metric in the period */
  value: Maybe<Scalars['Float']['output']>;
};

/** Province/city, district/town (until 30 Jun 2025), ward/commune */
export type UnitLevel =
  | 'COMMUNE'
  | 'DISTRICT'
  | 'PROVINCE';

/** Changes to a campaign: a field left out stays as it is; null clears an optional field */
export type UpdateCampaignInput = {
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<CampaignKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** A new organiser: every enrolled unit must be it or under it */
  organiserCode?: InputMaybe<Scalars['String']['input']>;
  /** null: no longer part of another campaign */
  parentCode?: InputMaybe<Scalars['String']['input']>;
  planReference?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  /** Enrolments and campaigns within this one must still fit in the new days */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  theme?: InputMaybe<Scalars['String']['input']>;
};

export type MetricCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricCatalogueQuery = { metrics: Array<{ key: string, nameVi: string, nameEn: string, description: string, unit: string, direction: string, form06Column: number | null }> };

export type UnitLabelQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type UnitLabelQuery = { units: Array<{ id: string, code: string, name: string, nameEn: string | null, level: UnitLevel, validFrom: string | null, validTo: string | null }> };

export type UnitPickerQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type UnitPickerQuery = { units: Array<{ id: string, code: string, name: string, nameEn: string | null, level: UnitLevel, validFrom: string | null, validTo: string | null, parent: { id: string, name: string } | null }> };

export type CampaignAdminEnrollMutationVariables = Exact<{
  campaignCode: Scalars['String']['input'];
  unitCodes: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type CampaignAdminEnrollMutation = { enrollUnits: { id: string, code: string } };

export type CampaignAdminWithdrawMutationVariables = Exact<{
  campaignCode: Scalars['String']['input'];
  unitCodes: Array<Scalars['String']['input']> | Scalars['String']['input'];
  on?: InputMaybe<Scalars['Date']['input']>;
}>;


export type CampaignAdminWithdrawMutation = { withdrawUnits: { id: string, code: string } };

export type CampaignAdminDeleteMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type CampaignAdminDeleteMutation = { deleteCampaign: boolean };

export type CampaignDetailQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type CampaignDetailQuery = { campaign: { id: string, code: string, name: string, nameEn: string | null, kind: CampaignKind, startsOn: string, endsOn: string, days: number, planReference: string | null, theme: string | null, note: string | null, source: string | null, organiserEnrolled: boolean, enrolledUnitCount: number, enrolledEligibleUnitCount: number, notEnrolledEligibleUnitCount: number, otherEnrolledUnitCount: number, eligibleUnitCount: number, organiser: { id: string, code: string, name: string, nameEn: string | null, kind: string, level: UnitLevel }, parent: { id: string, code: string, name: string, nameEn: string | null, kind: CampaignKind } | null, children: Array<{ id: string, code: string, name: string, nameEn: string | null, kind: CampaignKind, startsOn: string, endsOn: string }>, eligibleUnits: Array<{ id: string, code: string, name: string, nameEn: string | null, kind: string, level: UnitLevel }>, enrollments: Array<{ startsOn: string, endsOn: string, commitment: string | null, generated: boolean, unit: { id: string, code: string, name: string, nameEn: string | null } }>, targets: Array<{ code: string, metric: string, comparator: string, threshold: number, basis: string, unit: { id: string, code: string, name: string, nameEn: string | null } | null }> } | null };

export type CampaignImpactQueryVariables = Exact<{
  code: Scalars['String']['input'];
  includeOrganiser?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CampaignImpactQuery = { campaign: { id: string, impact: { unitCount: number, period: { from: string, to: string, days: number }, baselineBefore: { period: { from: string, to: string, days: number }, deltas: Array<{ metric: string, value: number | null, baseline: number | null, difference: number | null, relativeChange: number | null, improved: boolean | null }> }, sameLastYear: { period: { from: string, to: string, days: number }, deltas: Array<{ metric: string, value: number | null, baseline: number | null, difference: number | null, relativeChange: number | null, improved: boolean | null }> }, targets: Array<{ code: string, metric: string, comparator: string, threshold: number, value: number | null, status: TargetOutcome, basis: string }>, targetCounts: { met: number, total: number } } | null } | null };

export type CampaignImpact_BaselineFragment = { period: { from: string, to: string, days: number }, deltas: Array<{ metric: string, value: number | null, baseline: number | null, difference: number | null, relativeChange: number | null, improved: boolean | null }> };

export type CampaignListQueryVariables = Exact<{
  unitCode: Scalars['String']['input'];
}>;


export type CampaignListQuery = { campaigns: Array<{ id: string, code: string, name: string, nameEn: string | null, kind: CampaignKind, startsOn: string, endsOn: string, days: number, planReference: string | null, organiserEnrolled: boolean, enrolledEligibleUnitCount: number, eligibleUnitCount: number, parent: { id: string, code: string, name: string, nameEn: string | null, kind: CampaignKind, startsOn: string, endsOn: string, days: number, planReference: string | null, organiserEnrolled: boolean, enrolledEligibleUnitCount: number, eligibleUnitCount: number, organiser: { id: string, code: string, name: string, nameEn: string | null }, parent: { id: string, code: string } | null, eligibleUnits: Array<{ id: string, kind: string, level: UnitLevel }> } | null, organiser: { id: string, code: string, name: string, nameEn: string | null }, eligibleUnits: Array<{ id: string, kind: string, level: UnitLevel }> }> };

export type CampaignList_CampaignFragment = { id: string, code: string, name: string, nameEn: string | null, kind: CampaignKind, startsOn: string, endsOn: string, days: number, planReference: string | null, organiserEnrolled: boolean, enrolledEligibleUnitCount: number, eligibleUnitCount: number, organiser: { id: string, code: string, name: string, nameEn: string | null }, parent: { id: string, code: string } | null, eligibleUnits: Array<{ id: string, kind: string, level: UnitLevel }> };

export type CampaignProgressQueryVariables = Exact<{
  code: Scalars['String']['input'];
  includeOrganiser?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CampaignProgressQuery = { campaign: { id: string, progress: Array<{ periodStart: string | null, periodEnd: string | null, receivedTotal: number, carriedOver: number, received: number, resolved: number, sameDay: number, sameDayRate: number | null, onTimeRate: number | null, overdue: number, pendingOverdue: number }> } | null };

export type CampaignUnitsQueryVariables = Exact<{
  code: Scalars['String']['input'];
  includeOrganiser?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CampaignUnitsQuery = { campaign: { id: string, progress: Array<{ receivedTotal: number, received: number, resolved: number, early: number, onTime: number, overdue: number, pendingOverdue: number, sameDay: number, sameDayRate: number | null, onTimeRate: number | null, satisfactionRate: number | null, unit: { id: string, code: string, name: string, nameEn: string | null } | null }> } | null };

export type CampaignsPageMeQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignsPageMeQuery = { me: { username: string | null, demo: boolean, permissions: Array<Permission>, units: Array<{ id: string, code: string }> } | null };

export type NewCampaignFormCreateMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type NewCampaignFormCreateMutation = { createCampaign: { id: string, code: string, organiser: { id: string, code: string } } };

export type ComparePeriodsPageQueryVariables = Exact<{
  scope: ScopeInput;
  period: PeriodInput;
  against?: InputMaybe<Array<PeriodPreset> | PeriodPreset>;
  periods?: InputMaybe<Array<PeriodInput> | PeriodInput>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ComparePeriodsPageQuery = { comparePeriods: { asOf: string | null, base: { label: string, preset: PeriodPreset | null, period: { from: string, to: string, days: number, name: { kind: PeriodKind, year: number, index: number, convention: PeriodConvention } | null }, kpi: { receivedTotal: number, receivedOnline: number, receivedInPerson: number, carriedOver: number, received: number, resolved: number, early: number, onTime: number, overdue: number, pending: number, pendingWithinDeadline: number, pendingOverdue: number, sameDay: number, ratings: number, ratingsVerySatisfied: number, ratingsSatisfied: number, ratingsNeutral: number, ratingsDissatisfied: number, onTimeRate: number | null, earlyRate: number | null, overdueRate: number | null, sameDayRate: number | null, onlineShare: number | null, satisfactionRate: number | null }, deltas: Array<{ metric: string, value: number | null, baseValue: number | null, difference: number | null, relativeChange: number | null, baseIsBetter: boolean | null }> }, compared: Array<{ label: string, preset: PeriodPreset | null, period: { from: string, to: string, days: number, name: { kind: PeriodKind, year: number, index: number, convention: PeriodConvention } | null }, kpi: { receivedTotal: number, receivedOnline: number, receivedInPerson: number, carriedOver: number, received: number, resolved: number, early: number, onTime: number, overdue: number, pending: number, pendingWithinDeadline: number, pendingOverdue: number, sameDay: number, ratings: number, ratingsVerySatisfied: number, ratingsSatisfied: number, ratingsNeutral: number, ratingsDissatisfied: number, onTimeRate: number | null, earlyRate: number | null, overdueRate: number | null, sameDayRate: number | null, onlineShare: number | null, satisfactionRate: number | null }, deltas: Array<{ metric: string, value: number | null, baseValue: number | null, difference: number | null, relativeChange: number | null, baseIsBetter: boolean | null }> }> } };

export type ComparePeriodsRowFragment = { label: string, preset: PeriodPreset | null, period: { from: string, to: string, days: number, name: { kind: PeriodKind, year: number, index: number, convention: PeriodConvention } | null }, kpi: { receivedTotal: number, receivedOnline: number, receivedInPerson: number, carriedOver: number, received: number, resolved: number, early: number, onTime: number, overdue: number, pending: number, pendingWithinDeadline: number, pendingOverdue: number, sameDay: number, ratings: number, ratingsVerySatisfied: number, ratingsSatisfied: number, ratingsNeutral: number, ratingsDissatisfied: number, onTimeRate: number | null, earlyRate: number | null, overdueRate: number | null, sameDayRate: number | null, onlineShare: number | null, satisfactionRate: number | null }, deltas: Array<{ metric: string, value: number | null, baseValue: number | null, difference: number | null, relativeChange: number | null, baseIsBetter: boolean | null }> };

export type ComparePeriodsNamedPeriodQueryVariables = Exact<{
  kind: PeriodKind;
  year: Scalars['Int']['input'];
  index: Scalars['Int']['input'];
  convention: PeriodConvention;
}>;


export type ComparePeriodsNamedPeriodQuery = { reportingPeriod: { from: string, to: string } };

export type CompareUnitsPageQueryVariables = Exact<{
  parentCode: Scalars['String']['input'];
  period: PeriodInput;
  metric: Scalars['String']['input'];
  groupBySuccessor: Scalars['Boolean']['input'];
}>;


export type CompareUnitsPageQuery = { compareUnits: { groupedBySuccessor: boolean, metric: { key: string }, period: { from: string, to: string }, previousPeriod: { from: string, to: string }, rows: Array<{ value: number | null, previousValue: number | null, rank: number | null, previousRank: number | null, rankChange: number | null, trafficLight: TrafficLight, unit: { id: string, code: string, name: string, nameEn: string | null }, members: Array<{ id: string, code: string, name: string, nameEn: string | null }>, splitMembers: Array<{ id: string, code: string, name: string, nameEn: string | null }>, targetStatus: Array<{ code: string, metric: string, comparator: string, threshold: number, value: number | null, status: TargetOutcome, basis: string }>, kpi: { receivedTotal: number, receivedOnline: number, receivedInPerson: number, carriedOver: number, received: number, resolved: number, early: number, onTime: number, overdue: number, pending: number, pendingWithinDeadline: number, pendingOverdue: number, sameDay: number, ratings: number, ratingsVerySatisfied: number, ratingsSatisfied: number, ratingsNeutral: number, ratingsDissatisfied: number, onTimeRate: number | null, earlyRate: number | null, overdueRate: number | null, sameDayRate: number | null, onlineShare: number | null, satisfactionRate: number | null } }> } };

export type DataQualityPageQueryVariables = Exact<{ [key: string]: never; }>;


export type DataQualityPageQuery = { dataQuality: { figures: Array<{ key: string, sourceDocument: string, scope: string, periodFrom: string | null, periodTo: string | null, metric: string, asPublished: string, reported: number | null, computed: number | null, status: FigureStatus, unit: { id: string, code: string, name: string, nameEn: string | null } }>, statusCounts: { total: number, match: number, mismatch: number, notComputed: number }, brokenIdentities: Array<{ figureKeys: Array<string>, kind: BrokenIdentityKind, partMetrics: Array<string>, sum: number, parts: Array<{ key: string, metric: string, value: number, sourceDocument: string }>, whole: { key: string, metric: string, value: number, sourceDocument: string } }> } };

export type Form06PageQueryVariables = Exact<{
  unitCode: Scalars['String']['input'];
  period: PeriodInput;
  includeDescendants: Scalars['Boolean']['input'];
}>;


export type Form06PageQuery = { form06: { from: string, to: string, checksHolding: number, checksBroken: number, unit: { id: string, code: string, name: string, nameEn: string | null }, rows: Array<{ rowNumber: number | null, columns: Array<number>, field: { id: string, code: string, name: string, nameEn: string | null } | null }>, total: { columns: Array<number> }, checks: Array<{ identity: Form06Identity, rowNumber: number | null, rightSum: number, holds: boolean, nextPeriodFrom: string | null, field: { id: string, name: string, nameEn: string | null } | null, left: { column: number, value: number }, right: Array<{ column: number, value: number }> }> } };

export type ImportPageMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportPageMeQuery = { me: { username: string | null, displayName: string | null, role: Role, demo: boolean, permissions: Array<Permission>, units: Array<{ id: string, code: string, name: string, nameEn: string | null }> } | null };

export type ImportPageImportFileMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
  kind?: InputMaybe<ImportKind>;
  dryRun: Scalars['Boolean']['input'];
}>;


export type ImportPageImportFileMutation = { importFile: { runId: string | null, kind: ImportKind | null, fileName: string, format: string | null, dryRun: boolean, ok: boolean, result: ImportResult, rows: number, inserted: number, updated: number, unchanged: number, removed: number, errorCount: number, bytes: number, seconds: number, errors: Array<{ severity: ImportIssueSeverity, code: string, line: number | null, column: string | null, value: string | null, messageVi: string, messageEn: string }>, warnings: Array<{ severity: ImportIssueSeverity, code: string, line: number | null, column: string | null, value: string | null, messageVi: string, messageEn: string }>, columns: Array<{ header: string, field: string | null, status: ImportColumnStatus }>, preview: { header: Array<string>, rows: Array<Array<string>> } } };

export type ImportPageImportFile_IssueFragment = { severity: ImportIssueSeverity, code: string, line: number | null, column: string | null, value: string | null, messageVi: string, messageEn: string };

export type RecentImportsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type RecentImportsQuery = { imports: Array<{ id: string, startedAt: any, actor: string, via: string, fileName: string, kind: ImportKind | null, format: string | null, rows: number, inserted: number, updated: number, unchanged: number, errorCount: number, warningCount: number, result: ImportResult, message: string | null }> };

export type MeetingDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingDetailQuery = { meeting: { id: string, ref: string, kind: MeetingKind, heldOn: string | null, placedOn: string | null, placement: MeetingPlacement, chair: string | null, attendees: number | null, businesses: number | null, neighbourhoods: number | null, opinionCount: number | null, opinionCountText: string | null, opinionsItemised: number, reviewedFrom: string | null, reviewedTo: string | null, sourceDocument: string | null, note: string | null, topicsRaised: Array<string>, generated: boolean, unit: { id: string, code: string, name: string, nameEn: string | null }, opinions: Array<{ id: string, seq: number, topic: string | null, topicEn: string | null, concernsProcedure: boolean | null, authorityLevel: UnitLevel | null, answeredOnSpot: boolean | null, status: OpinionStatus | null, generated: boolean, field: { id: string, code: string, name: string, nameEn: string | null } | null }> } | null };

export type MeetingsListQueryVariables = Exact<{
  scope: ScopeInput;
  period: PeriodInput;
}>;


export type MeetingsListQuery = { meetings: Array<{ id: string, ref: string, kind: MeetingKind, heldOn: string | null, placedOn: string | null, placement: MeetingPlacement, chair: string | null, attendees: number | null, businesses: number | null, neighbourhoods: number | null, opinionCount: number | null, opinionCountText: string | null, generated: boolean, unit: { id: string, code: string, name: string, nameEn: string | null, level: UnitLevel } }> };

export type OpinionsBreakdownQueryVariables = Exact<{
  scope: ScopeInput;
  period: PeriodInput;
  groupBy?: InputMaybe<Array<OpinionDimension> | OpinionDimension>;
}>;


export type OpinionsBreakdownQuery = { opinions: Array<{ topic: string | null, topicEn: string | null, authorityLevel: UnitLevel | null, meetingKind: MeetingKind | null, answeredOnSpot: boolean | null, status: OpinionStatus | null, concernsProcedure: boolean | null, periodStart: string | null, meetings: number, opinions: number | null, opinionsItemised: number, meetingsWithUnknownOpinionCount: number, opinionShare: number | null, answeredOnSpotRate: number | null, referredRate: number | null, communeAuthorityShare: number | null, procedureOpinionShare: number | null, field: { id: string, code: string, name: string, nameEn: string | null } | null, unit: { id: string, code: string, name: string, nameEn: string | null } | null }> };

export type OpinionsKindLevelQueryVariables = Exact<{
  scope: ScopeInput;
  period: PeriodInput;
}>;


export type OpinionsKindLevelQuery = { opinions: Array<{ heldBy: HeldBy | null, meetingKind: MeetingKind | null, meetings: number, unitsWithMeetings: number, unitsInScope: number, opinions: number | null, opinionsItemised: number, meetingsWithUnknownOpinionCount: number, opinionCountWords: Array<string>, opinionsCommuneAuthority: number, opinionsDistrictAuthority: number, opinionsHigherAuthority: number, opinionsAnsweredOnSpot: number, opinionsReferred: number, opinionsAboutProcedures: number, answeredOnSpotRate: number | null, referredRate: number | null, communeAuthorityShare: number | null, procedureOpinionShare: number | null, attendees: { value: number | null, reportedBy: number }, businesses: { value: number | null, reportedBy: number }, neighbourhoods: { value: number | null, reportedBy: number } }> };

export type OpinionsSummaryQueryVariables = Exact<{
  scope: ScopeInput;
  period: PeriodInput;
}>;


export type OpinionsSummaryQuery = { opinions: Array<{ meetings: number, opinions: number | null, opinionsItemised: number, meetingsWithUnknownOpinionCount: number, opinionsAnsweredOnSpot: number, opinionsReferred: number, opinionsCommuneAuthority: number, opinionsDistrictAuthority: number, opinionsAboutProcedures: number, answeredOnSpotRate: number | null, referredRate: number | null, communeAuthorityShare: number | null, procedureOpinionShare: number | null }> };

export type OverviewCardsQueryVariables = Exact<{
  scope: ScopeInput;
  period: PeriodInput;
  unitCode: Scalars['String']['input'];
}>;


export type OverviewCardsQuery = { change: { base: { kpi: { receivedTotal: number, received: number, carriedOver: number, resolved: number, early: number, onTime: number, overdue: number, pending: number, pendingOverdue: number, sameDay: number, onTimeRate: number | null, sameDayRate: number | null, satisfactionRate: number | null, ratings: number } }, compared: Array<{ period: { from: string, to: string }, deltas: Array<{ metric: string, baseChange: number | null, baseRelativeChange: number | null, baseIsBetter: boolean | null }> }> }, targets: { rows: Array<{ targetStatus: Array<{ code: string, metric: string, comparator: string, threshold: number, status: TargetOutcome, basis: string }> }> } };

export type OverviewCardsFiguresFragment = { receivedTotal: number, received: number, carriedOver: number, resolved: number, early: number, onTime: number, overdue: number, pending: number, pendingOverdue: number, sameDay: number, onTimeRate: number | null, sameDayRate: number | null, satisfactionRate: number | null, ratings: number };

export type OverviewChannelsQueryVariables = Exact<{
  scope: ScopeInput;
  period: PeriodInput;
}>;


export type OverviewChannelsQuery = { kpis: Array<{ channel: Channel | null, received: number, resolved: number, onTimeRate: number | null, sameDayRate: number | null }> };

export type OverviewDrillDownQueryVariables = Exact<{
  scope: ScopeInput;
  filter: DossierFilter;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OverviewDrillDownQuery = { dossiers: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, code: string, channel: Channel, receivedOn: string, dueOn: string, finishedOn: string | null, timeliness: Timeliness | null, unit: { id: string, code: string, name: string, nameEn: string | null }, procedure: { id: string, code: string, name: string, nameEn: string | null } }> } };

export type OverviewTrendQueryVariables = Exact<{
  scope: ScopeInput;
  period: PeriodInput;
}>;


export type OverviewTrendQuery = { kpis: Array<{ periodStart: string | null, periodEnd: string | null, received: number, onTimeRate: number | null, sameDayRate: number | null }> };

export type OverviewUnitsQueryVariables = Exact<{
  scope: ScopeInput;
  period: PeriodInput;
  metric: Scalars['String']['input'];
}>;


export type OverviewUnitsQuery = { compareUnits: { rankedRows: number, rows: Array<{ value: number | null, rank: number | null, rankFromBottom: number | null, tiedAtRank: number | null, unit: { id: string, code: string, name: string, nameEn: string | null, level: UnitLevel }, kpi: { received: number, resolved: number, overdue: number, pendingOverdue: number, onTimeRate: number | null, earlyRate: number | null, overdueRate: number | null, sameDayRate: number | null, onlineShare: number | null, satisfactionRate: number | null } }> } };

export type OverviewEarlyWarningQueryVariables = Exact<{
  scope: ScopeInput;
  asOf: Scalars['Date']['input'];
  within: Scalars['Int']['input'];
  top: Scalars['Int']['input'];
}>;


export type OverviewEarlyWarningQuery = { earlyWarning: { asOf: string, horizon: string, withinWorkingDays: number, dueToday: number, dueWithin: number, alreadyOverdue: number, groupCount: number, byUnit: Array<{ dueToday: number, dueWithin: number, alreadyOverdue: number, unit: { id: string, code: string, name: string, nameEn: string | null } }>, groups: Array<{ dueToday: number, dueWithin: number, unit: { id: string, code: string, name: string, nameEn: string | null }, procedure: { id: string, code: string, name: string, nameEn: string | null }, dueDays: Array<{ dueOn: string, dossiers: number }> }> } };

export type OverviewWarningGroupFragment = { dueToday: number, dueWithin: number, unit: { id: string, code: string, name: string, nameEn: string | null }, procedure: { id: string, code: string, name: string, nameEn: string | null }, dueDays: Array<{ dueOn: string, dossiers: number }> };

export type OverviewEarlyWarningExportQueryVariables = Exact<{
  scope: ScopeInput;
  asOf: Scalars['Date']['input'];
  within: Scalars['Int']['input'];
}>;


export type OverviewEarlyWarningExportQuery = { earlyWarning: { groups: Array<{ dueToday: number, dueWithin: number, unit: { id: string, code: string, name: string, nameEn: string | null }, procedure: { id: string, code: string, name: string, nameEn: string | null }, dueDays: Array<{ dueOn: string, dossiers: number }> }> } };

export type OverviewCampaignBandsQueryVariables = Exact<{
  unitCode: Scalars['String']['input'];
}>;


export type OverviewCampaignBandsQuery = { campaigns: Array<{ code: string, name: string, nameEn: string | null, kind: CampaignKind, startsOn: string, endsOn: string }> };

export type SatisfactionCardsQueryVariables = Exact<{
  scope: ScopeInput;
  unitCode: Scalars['String']['input'];
  period: PeriodInput;
}>;


export type SatisfactionCardsQuery = { current: Array<{ ratings: number, ratingsVerySatisfied: number, ratingsSatisfied: number, ratingsNeutral: number, ratingsDissatisfied: number, satisfactionRate: number | null, verySatisfiedShare: number | null, satisfiedShare: number | null, neutralShare: number | null, dissatisfiedShare: number | null }>, change: { compared: Array<{ period: { from: string, to: string }, deltas: Array<{ metric: string, baseChange: number | null, baseRelativeChange: number | null, baseIsBetter: boolean | null }> }> }, targets: { rows: Array<{ targetStatus: Array<{ code: string, metric: string, comparator: string, threshold: number, status: TargetOutcome, basis: string }> }> } };

export type SatisfactionCardsFiguresFragment = { ratings: number, ratingsVerySatisfied: number, ratingsSatisfied: number, ratingsNeutral: number, ratingsDissatisfied: number, satisfactionRate: number | null, verySatisfiedShare: number | null, satisfiedShare: number | null, neutralShare: number | null, dissatisfiedShare: number | null };

export type SatisfactionThresholdQueryVariables = Exact<{
  unitCode: Scalars['String']['input'];
}>;


export type SatisfactionThresholdQuery = { targets: Array<{ code: string, comparator: TargetComparator, threshold: number, validFrom: string | null, validTo: string | null, campaignCode: string | null, basis: string, unit: { id: string, code: string } | null }> };

export type SatisfactionTrendQueryVariables = Exact<{
  scope: ScopeInput;
  period: PeriodInput;
  groupBy?: InputMaybe<Array<SatisfactionDimension> | SatisfactionDimension>;
}>;


export type SatisfactionTrendQuery = { satisfaction: Array<{ periodStart: string | null, periodEnd: string | null, ratings: number, ratingsVerySatisfied: number, ratingsSatisfied: number, ratingsNeutral: number, ratingsDissatisfied: number, satisfactionRate: number | null }> };

export type SatisfactionUnitsQueryVariables = Exact<{
  scope: ScopeInput;
  period: PeriodInput;
}>;


export type SatisfactionUnitsQuery = { satisfaction: Array<{ ratings: number, ratingsVerySatisfied: number, ratingsSatisfied: number, ratingsNeutral: number, ratingsDissatisfied: number, satisfactionRate: number | null, dissatisfiedShare: number | null, unit: { id: string, code: string, name: string, nameEn: string | null } | null }> };

export type AccountAreaSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type AccountAreaSignOutMutation = { signOut: boolean };

export type AccountAreaQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountAreaQuery = { me: { username: string | null, displayName: string | null, role: Role, demo: boolean, permissions: Array<Permission>, units: Array<{ id: string, code: string, name: string, nameEn: string | null }> } | null };

export type SignInPageSignInMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInPageSignInMutation = { signIn: { username: string | null, displayName: string | null, role: Role, demo: boolean } };

export type KpiMetricsFragment = { receivedTotal: number, receivedOnline: number, receivedInPerson: number, carriedOver: number, received: number, resolved: number, early: number, onTime: number, overdue: number, pending: number, pendingWithinDeadline: number, pendingOverdue: number, sameDay: number, ratings: number, ratingsVerySatisfied: number, ratingsSatisfied: number, ratingsNeutral: number, ratingsDissatisfied: number, onTimeRate: number | null, earlyRate: number | null, overdueRate: number | null, sameDayRate: number | null, onlineShare: number | null, satisfactionRate: number | null };

export type PreviousChangeFragment = { compared: Array<{ period: { from: string, to: string }, deltas: Array<{ metric: string, baseChange: number | null, baseRelativeChange: number | null, baseIsBetter: boolean | null }> }> };

export type KpiTargetCheckFragment = { code: string, metric: string, comparator: string, threshold: number, status: TargetOutcome, basis: string };

export const CampaignImpact_BaselineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignImpact_baseline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignBaseline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deltas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"relativeChange"}},{"kind":"Field","name":{"kind":"Name","value":"improved"}}]}}]}}]} as unknown as DocumentNode<CampaignImpact_BaselineFragment, unknown>;
export const CampaignList_CampaignFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignList_campaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"planReference"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organiserEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledEligibleUnitCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleUnitCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<CampaignList_CampaignFragment, unknown>;
export const KpiMetricsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiMetrics"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOnline"}},{"kind":"Field","name":{"kind":"Name","value":"receivedInPerson"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"early"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"pendingWithinDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"pendingOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"sameDay"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsVerySatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsSatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsNeutral"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsDissatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"earlyRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdueRate"}},{"kind":"Field","name":{"kind":"Name","value":"sameDayRate"}},{"kind":"Field","name":{"kind":"Name","value":"onlineShare"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}}]}}]} as unknown as DocumentNode<KpiMetricsFragment, unknown>;
export const ComparePeriodsRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComparePeriodsRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodComparisonRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"convention"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiMetrics"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deltas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"baseValue"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"relativeChange"}},{"kind":"Field","name":{"kind":"Name","value":"baseIsBetter"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiMetrics"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOnline"}},{"kind":"Field","name":{"kind":"Name","value":"receivedInPerson"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"early"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"pendingWithinDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"pendingOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"sameDay"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsVerySatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsSatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsNeutral"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsDissatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"earlyRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdueRate"}},{"kind":"Field","name":{"kind":"Name","value":"sameDayRate"}},{"kind":"Field","name":{"kind":"Name","value":"onlineShare"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}}]}}]} as unknown as DocumentNode<ComparePeriodsRowFragment, unknown>;
export const ImportPageImportFile_IssueFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportPageImportFile_issue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"messageVi"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}}]} as unknown as DocumentNode<ImportPageImportFile_IssueFragment, unknown>;
export const OverviewCardsFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewCardsFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"early"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"pendingOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"sameDay"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"sameDayRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}}]}}]} as unknown as DocumentNode<OverviewCardsFiguresFragment, unknown>;
export const OverviewWarningGroupFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewWarningGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarlyWarningGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"dueWithin"}},{"kind":"Field","name":{"kind":"Name","value":"dueDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dossiers"}}]}}]}}]} as unknown as DocumentNode<OverviewWarningGroupFragment, unknown>;
export const SatisfactionCardsFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SatisfactionCardsFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SatisfactionRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratings"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsVerySatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsSatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsNeutral"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsDissatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"verySatisfiedShare"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedShare"}},{"kind":"Field","name":{"kind":"Name","value":"neutralShare"}},{"kind":"Field","name":{"kind":"Name","value":"dissatisfiedShare"}}]}}]} as unknown as DocumentNode<SatisfactionCardsFiguresFragment, unknown>;
export const PreviousChangeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreviousChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compared"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deltas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"baseChange"}},{"kind":"Field","name":{"kind":"Name","value":"baseRelativeChange"}},{"kind":"Field","name":{"kind":"Name","value":"baseIsBetter"}}]}}]}}]}}]} as unknown as DocumentNode<PreviousChangeFragment, unknown>;
export const KpiTargetCheckFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiTargetCheck"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]} as unknown as DocumentNode<KpiTargetCheckFragment, unknown>;
export const MetricCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"form06Column"}}]}}]}}]} as unknown as DocumentNode<MetricCatalogueQuery, MetricCatalogueQueryVariables>;
export const UnitLabelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<UnitLabelQuery, UnitLabelQueryVariables>;
export const UnitPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitPicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UnitPickerQuery, UnitPickerQueryVariables>;
export const CampaignAdminEnrollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignAdminEnroll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCodes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCodes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CampaignAdminEnrollMutation, CampaignAdminEnrollMutationVariables>;
export const CampaignAdminWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignAdminWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCodes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCodes"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CampaignAdminWithdrawMutation, CampaignAdminWithdrawMutationVariables>;
export const CampaignAdminDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignAdminDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<CampaignAdminDeleteMutation, CampaignAdminDeleteMutationVariables>;
export const CampaignDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"planReference"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organiserEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledUnitCount"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledEligibleUnitCount"}},{"kind":"Field","name":{"kind":"Name","value":"notEnrolledEligibleUnitCount"}},{"kind":"Field","name":{"kind":"Name","value":"otherEnrolledUnitCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleUnitCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"generated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CampaignDetailQuery, CampaignDetailQueryVariables>;
export const CampaignImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganiser"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"impact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeOrganiser"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganiser"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baselineBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignImpact_baseline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sameLastYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignImpact_baseline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignImpact_baseline"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignBaseline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deltas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"relativeChange"}},{"kind":"Field","name":{"kind":"Name","value":"improved"}}]}}]}}]} as unknown as DocumentNode<CampaignImpactQuery, CampaignImpactQueryVariables>;
export const CampaignListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignList_campaign"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignList_campaign"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignList_campaign"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"planReference"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organiserEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledEligibleUnitCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleUnitCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<CampaignListQuery, CampaignListQueryVariables>;
export const CampaignProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganiser"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"grain"},"value":{"kind":"EnumValue","value":"DAY"}},{"kind":"Argument","name":{"kind":"Name","value":"includeOrganiser"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganiser"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"receivedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"sameDay"}},{"kind":"Field","name":{"kind":"Name","value":"sameDayRate"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"pendingOverdue"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignProgressQuery, CampaignProgressQueryVariables>;
export const CampaignUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganiser"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"grain"},"value":{"kind":"NullValue"}},{"kind":"Argument","name":{"kind":"Name","value":"perUnit"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"includeOrganiser"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeOrganiser"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"early"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"pendingOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"sameDay"}},{"kind":"Field","name":{"kind":"Name","value":"sameDayRate"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignUnitsQuery, CampaignUnitsQueryVariables>;
export const CampaignsPageMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignsPageMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignsPageMeQuery, CampaignsPageMeQueryVariables>;
export const NewCampaignFormCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewCampaignFormCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NewCampaignFormCreateMutation, NewCampaignFormCreateMutationVariables>;
export const ComparePeriodsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComparePeriodsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"against"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodPreset"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periods"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comparePeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"against"},"value":{"kind":"Variable","name":{"kind":"Name","value":"against"}}},{"kind":"Argument","name":{"kind":"Name","value":"periods"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periods"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComparePeriodsRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compared"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComparePeriodsRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiMetrics"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOnline"}},{"kind":"Field","name":{"kind":"Name","value":"receivedInPerson"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"early"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"pendingWithinDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"pendingOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"sameDay"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsVerySatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsSatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsNeutral"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsDissatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"earlyRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdueRate"}},{"kind":"Field","name":{"kind":"Name","value":"sameDayRate"}},{"kind":"Field","name":{"kind":"Name","value":"onlineShare"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComparePeriodsRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodComparisonRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"convention"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiMetrics"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deltas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"baseValue"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"relativeChange"}},{"kind":"Field","name":{"kind":"Name","value":"baseIsBetter"}}]}}]}}]} as unknown as DocumentNode<ComparePeriodsPageQuery, ComparePeriodsPageQueryVariables>;
export const ComparePeriodsNamedPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComparePeriodsNamedPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"index"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"convention"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodConvention"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"index"},"value":{"kind":"Variable","name":{"kind":"Name","value":"index"}}},{"kind":"Argument","name":{"kind":"Name","value":"convention"},"value":{"kind":"Variable","name":{"kind":"Name","value":"convention"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<ComparePeriodsNamedPeriodQuery, ComparePeriodsNamedPeriodQueryVariables>;
export const CompareUnitsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareUnitsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBySuccessor"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBySuccessor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBySuccessor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupedBySuccessor"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"splitMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"previousRank"}},{"kind":"Field","name":{"kind":"Name","value":"rankChange"}},{"kind":"Field","name":{"kind":"Name","value":"trafficLight"}},{"kind":"Field","name":{"kind":"Name","value":"targetStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiMetrics"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiMetrics"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOnline"}},{"kind":"Field","name":{"kind":"Name","value":"receivedInPerson"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"early"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"pendingWithinDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"pendingOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"sameDay"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsVerySatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsSatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsNeutral"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsDissatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"earlyRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdueRate"}},{"kind":"Field","name":{"kind":"Name","value":"sameDayRate"}},{"kind":"Field","name":{"kind":"Name","value":"onlineShare"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}}]}}]} as unknown as DocumentNode<CompareUnitsPageQuery, CompareUnitsPageQueryVariables>;
export const DataQualityPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataQualityPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataQuality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"asPublished"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"mismatch"}},{"kind":"Field","name":{"kind":"Name","value":"notComputed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokenIdentities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figureKeys"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"partMetrics"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sum"}},{"kind":"Field","name":{"kind":"Name","value":"whole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DataQualityPageQuery, DataQualityPageQueryVariables>;
export const Form06PageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Form06Page"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"form06"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDescendants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"left"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"right"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rightSum"}},{"kind":"Field","name":{"kind":"Name","value":"holds"}},{"kind":"Field","name":{"kind":"Name","value":"nextPeriodFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checksHolding"}},{"kind":"Field","name":{"kind":"Name","value":"checksBroken"}}]}}]}}]} as unknown as DocumentNode<Form06PageQuery, Form06PageQueryVariables>;
export const ImportPageMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportPageMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<ImportPageMeQuery, ImportPageMeQueryVariables>;
export const ImportPageImportFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPageImportFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportPageImportFile_issue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportPageImportFile_issue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportPageImportFile_issue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"messageVi"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}}]} as unknown as DocumentNode<ImportPageImportFileMutation, ImportPageImportFileMutationVariables>;
export const RecentImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecentImports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"warningCount"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RecentImportsQuery, RecentImportsQueryVariables>;
export const MeetingDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"placedOn"}},{"kind":"Field","name":{"kind":"Name","value":"placement"}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"businesses"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoods"}},{"kind":"Field","name":{"kind":"Name","value":"opinionCount"}},{"kind":"Field","name":{"kind":"Name","value":"opinionCountText"}},{"kind":"Field","name":{"kind":"Name","value":"opinionsItemised"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedTo"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"topicsRaised"}},{"kind":"Field","name":{"kind":"Name","value":"generated"}},{"kind":"Field","name":{"kind":"Name","value":"opinions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"topicEn"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"concernsProcedure"}},{"kind":"Field","name":{"kind":"Name","value":"authorityLevel"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnSpot"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"generated"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingDetailQuery, MeetingDetailQueryVariables>;
export const MeetingsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"placedOn"}},{"kind":"Field","name":{"kind":"Name","value":"placement"}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"businesses"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoods"}},{"kind":"Field","name":{"kind":"Name","value":"opinionCount"}},{"kind":"Field","name":{"kind":"Name","value":"opinionCountText"}},{"kind":"Field","name":{"kind":"Name","value":"generated"}}]}}]}}]} as unknown as DocumentNode<MeetingsListQuery, MeetingsListQueryVariables>;
export const OpinionsBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpinionsBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionDimension"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"topicEn"}},{"kind":"Field","name":{"kind":"Name","value":"authorityLevel"}},{"kind":"Field","name":{"kind":"Name","value":"meetingKind"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnSpot"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"concernsProcedure"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"opinions"}},{"kind":"Field","name":{"kind":"Name","value":"opinionsItemised"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsWithUnknownOpinionCount"}},{"kind":"Field","name":{"kind":"Name","value":"opinionShare"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnSpotRate"}},{"kind":"Field","name":{"kind":"Name","value":"referredRate"}},{"kind":"Field","name":{"kind":"Name","value":"communeAuthorityShare"}},{"kind":"Field","name":{"kind":"Name","value":"procedureOpinionShare"}}]}}]}}]} as unknown as DocumentNode<OpinionsBreakdownQuery, OpinionsBreakdownQueryVariables>;
export const OpinionsKindLevelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpinionsKindLevel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"HELD_BY"},{"kind":"EnumValue","value":"MEETING_KIND"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldBy"}},{"kind":"Field","name":{"kind":"Name","value":"meetingKind"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"unitsWithMeetings"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInScope"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businesses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinions"}},{"kind":"Field","name":{"kind":"Name","value":"opinionsItemised"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsWithUnknownOpinionCount"}},{"kind":"Field","name":{"kind":"Name","value":"opinionCountWords"}},{"kind":"Field","name":{"kind":"Name","value":"opinionsCommuneAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"opinionsDistrictAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"opinionsHigherAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"opinionsAnsweredOnSpot"}},{"kind":"Field","name":{"kind":"Name","value":"opinionsReferred"}},{"kind":"Field","name":{"kind":"Name","value":"opinionsAboutProcedures"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnSpotRate"}},{"kind":"Field","name":{"kind":"Name","value":"referredRate"}},{"kind":"Field","name":{"kind":"Name","value":"communeAuthorityShare"}},{"kind":"Field","name":{"kind":"Name","value":"procedureOpinionShare"}}]}}]}}]} as unknown as DocumentNode<OpinionsKindLevelQuery, OpinionsKindLevelQueryVariables>;
export const OpinionsSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpinionsSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"opinions"}},{"kind":"Field","name":{"kind":"Name","value":"opinionsItemised"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsWithUnknownOpinionCount"}},{"kind":"Field","name":{"kind":"Name","value":"opinionsAnsweredOnSpot"}},{"kind":"Field","name":{"kind":"Name","value":"opinionsReferred"}},{"kind":"Field","name":{"kind":"Name","value":"opinionsCommuneAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"opinionsDistrictAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"opinionsAboutProcedures"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnSpotRate"}},{"kind":"Field","name":{"kind":"Name","value":"referredRate"}},{"kind":"Field","name":{"kind":"Name","value":"communeAuthorityShare"}},{"kind":"Field","name":{"kind":"Name","value":"procedureOpinionShare"}}]}}]}}]} as unknown as DocumentNode<OpinionsSummaryQuery, OpinionsSummaryQueryVariables>;
export const OverviewCardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewCards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"change"},"name":{"kind":"Name","value":"comparePeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"against"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PREVIOUS_PERIOD"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewCardsFigures"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviousChange"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"targets"},"name":{"kind":"Name","value":"compareUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitCodes"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiTargetCheck"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewCardsFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"early"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"pendingOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"sameDay"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"sameDayRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreviousChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compared"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deltas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"baseChange"}},{"kind":"Field","name":{"kind":"Name","value":"baseRelativeChange"}},{"kind":"Field","name":{"kind":"Name","value":"baseIsBetter"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiTargetCheck"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]} as unknown as DocumentNode<OverviewCardsQuery, OverviewCardsQueryVariables>;
export const OverviewChannelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewChannels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CHANNEL"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"sameDayRate"}}]}}]}}]} as unknown as DocumentNode<OverviewChannelsQuery, OverviewChannelsQueryVariables>;
export const OverviewDrillDownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewDrillDown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverviewDrillDownQuery, OverviewDrillDownQueryVariables>;
export const OverviewTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MONTH"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"sameDayRate"}}]}}]}}]} as unknown as DocumentNode<OverviewTrendQuery, OverviewTrendQueryVariables>;
export const OverviewUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rankedRows"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankFromBottom"}},{"kind":"Field","name":{"kind":"Name","value":"tiedAtRank"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"pendingOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"earlyRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdueRate"}},{"kind":"Field","name":{"kind":"Name","value":"sameDayRate"}},{"kind":"Field","name":{"kind":"Name","value":"onlineShare"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverviewUnitsQuery, OverviewUnitsQueryVariables>;
export const OverviewEarlyWarningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewEarlyWarning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"within"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"top"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earlyWarning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"withinWorkingDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"within"}}},{"kind":"Argument","name":{"kind":"Name","value":"topGroups"},"value":{"kind":"Variable","name":{"kind":"Name","value":"top"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"horizon"}},{"kind":"Field","name":{"kind":"Name","value":"withinWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"dueWithin"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"byUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"dueWithin"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupCount"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewWarningGroup"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewWarningGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarlyWarningGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"dueWithin"}},{"kind":"Field","name":{"kind":"Name","value":"dueDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dossiers"}}]}}]}}]} as unknown as DocumentNode<OverviewEarlyWarningQuery, OverviewEarlyWarningQueryVariables>;
export const OverviewEarlyWarningExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewEarlyWarningExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"within"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earlyWarning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"withinWorkingDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"within"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverviewWarningGroup"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverviewWarningGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EarlyWarningGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"dueWithin"}},{"kind":"Field","name":{"kind":"Name","value":"dueDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dossiers"}}]}}]}}]} as unknown as DocumentNode<OverviewEarlyWarningExportQuery, OverviewEarlyWarningExportQueryVariables>;
export const OverviewCampaignBandsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewCampaignBands"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<OverviewCampaignBandsQuery, OverviewCampaignBandsQueryVariables>;
export const SatisfactionCardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SatisfactionCards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"current"},"name":{"kind":"Name","value":"satisfaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SatisfactionCardsFigures"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"change"},"name":{"kind":"Name","value":"comparePeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"against"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PREVIOUS_PERIOD"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviousChange"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"targets"},"name":{"kind":"Name","value":"compareUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitCodes"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiTargetCheck"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SatisfactionCardsFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SatisfactionRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratings"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsVerySatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsSatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsNeutral"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsDissatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"verySatisfiedShare"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedShare"}},{"kind":"Field","name":{"kind":"Name","value":"neutralShare"}},{"kind":"Field","name":{"kind":"Name","value":"dissatisfiedShare"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreviousChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compared"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deltas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"baseChange"}},{"kind":"Field","name":{"kind":"Name","value":"baseRelativeChange"}},{"kind":"Field","name":{"kind":"Name","value":"baseIsBetter"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiTargetCheck"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]} as unknown as DocumentNode<SatisfactionCardsQuery, SatisfactionCardsQueryVariables>;
export const SatisfactionThresholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SatisfactionThreshold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"StringValue","value":"satisfactionRate","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"campaignCode"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SatisfactionThresholdQuery, SatisfactionThresholdQueryVariables>;
export const SatisfactionTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SatisfactionTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SatisfactionDimension"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsVerySatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsSatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsNeutral"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsDissatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}}]}}]}}]} as unknown as DocumentNode<SatisfactionTrendQuery, SatisfactionTrendQueryVariables>;
export const SatisfactionUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SatisfactionUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"UNIT"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsVerySatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsSatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsNeutral"}},{"kind":"Field","name":{"kind":"Name","value":"ratingsDissatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"dissatisfiedShare"}}]}}]}}]} as unknown as DocumentNode<SatisfactionUnitsQuery, SatisfactionUnitsQueryVariables>;
export const AccountAreaSignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountAreaSignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<AccountAreaSignOutMutation, AccountAreaSignOutMutationVariables>;
export const AccountAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<AccountAreaQuery, AccountAreaQueryVariables>;
export const SignInPageSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInPageSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}}]}}]}}]} as unknown as DocumentNode<SignInPageSignInMutation, SignInPageSignInMutationVariables>;