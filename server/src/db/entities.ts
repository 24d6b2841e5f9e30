import { AdministrativeUnit } from '../modules/units/administrative-unit.entity';
import { UnitSuccession } from '../modules/units/unit-succession.entity';
import { ProcedureField } from '../modules/procedures/procedure-field.entity';
import { Procedure } from '../modules/procedures/procedure.entity';
import { CalendarDay } from '../modules/procedures/holiday.entity';
import { CalendarYear } from '../modules/procedures/calendar-year.entity';
import { Dossier } from '../modules/dossiers/dossier.entity';
import { SatisfactionRating } from '../modules/ratings/satisfaction-rating.entity';
import { Meeting } from '../modules/meetings/meeting.entity';
import { Opinion } from '../modules/meetings/opinion.entity';
import { Campaign } from '../modules/campaigns/campaign.entity';
import { CampaignEnrollment } from '../modules/campaigns/campaign-enrollment.entity';
import { Target } from '../modules/targets/target.entity';
import { ReportedFigure } from '../modules/reports/reported-figure.entity';
import { SeedRun } from './seed-run.entity';
import { Account } from '../modules/accounts/account.entity';
import { AccountSession } from '../modules/accounts/account-session.entity';
import { AuditEntry } from '../modules/accounts/audit-entry.entity';
import { ImportRun } from '../modules/ingest/import-run.entity';
import { KpiDossierDay, KpiDossierMonth, KpiFieldMonth, KpiFieldTotal, KpiProcedureMonth, KpiProcedureTotal, KpiRatingDay, KpiRatingMonth } from '../modules/kpi/kpi-rollup.entity';

/** Every entity, in one list, so that the ORM, migrations and tests agree. */
export const entities = [
  AdministrativeUnit,
  UnitSuccession,
  ProcedureField,
  Procedure,
  CalendarDay,
  CalendarYear,
  Dossier,
  SatisfactionRating,
  Meeting,
  Opinion,
  Campaign,
  CampaignEnrollment,
  Target,
  ReportedFigure,
  SeedRun,
  Account,
  AccountSession,
  AuditEntry,
  ImportRun,
  KpiDossierDay,
  KpiDossierMonth,
  KpiProcedureMonth,
  KpiProcedureTotal,
  KpiFieldMonth,
  KpiFieldTotal,
  KpiRatingDay,
  KpiRatingMonth,
];
