import { Migration } from '@mikro-orm/migrations';

export class Migration20261123093019 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "kpi_dossier_day" ("unit_id" int not null, "day" date not null, "channel" text not null, "received" int not null default 0, "resolved_early" int not null default 0, "resolved_on_time" int not null default 0, "resolved_overdue" int not null default 0, "same_day" int not null default 0, "late_due" int not null default 0, "late_resolved" int not null default 0, constraint "kpi_dossier_day_pkey" primary key ("unit_id", "day", "channel"));`);

    this.addSql(`create table "kpi_dossier_month" ("unit_id" int not null, "month" date not null, "channel" text not null, "received" int not null default 0, "resolved_early" int not null default 0, "resolved_on_time" int not null default 0, "resolved_overdue" int not null default 0, "same_day" int not null default 0, "late_due" int not null default 0, "late_resolved" int not null default 0, constraint "kpi_dossier_month_pkey" primary key ("unit_id", "month", "channel"));`);

    this.addSql(`create table "kpi_procedure_month" ("unit_id" int not null, "month" date not null, "procedure_id" int not null, "channel" text not null, "received" int not null default 0, "resolved_early" int not null default 0, "resolved_on_time" int not null default 0, "resolved_overdue" int not null default 0, "same_day" int not null default 0, "late_due" int not null default 0, "late_resolved" int not null default 0, constraint "kpi_procedure_month_pkey" primary key ("unit_id", "month", "procedure_id", "channel"));`);
    this.addSql(`create index "kpi_procedure_month_procedure_id_index" on "kpi_procedure_month" ("procedure_id");`);

    this.addSql(`create table "kpi_rating_day" ("unit_id" int not null, "day" date not null, "channel" text not null, "level" text not null, "ratings" int not null default 0, constraint "kpi_rating_day_pkey" primary key ("unit_id", "day", "channel", "level"));`);

    this.addSql(`create table "kpi_rating_month" ("unit_id" int not null, "month" date not null, "channel" text not null, "level" text not null, "ratings" int not null default 0, constraint "kpi_rating_month_pkey" primary key ("unit_id", "month", "channel", "level"));`);

    this.addSql(`drop index "dossier_open_due";`);

    this.addSql(`create index "dossier_late_due" on "dossier" ("unit_id", "due_date") where "finished_on" is null or "finished_on" > "due_date";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kpi_dossier_day" cascade;`);

    this.addSql(`drop table if exists "kpi_dossier_month" cascade;`);

    this.addSql(`drop table if exists "kpi_procedure_month" cascade;`);

    this.addSql(`drop table if exists "kpi_rating_day" cascade;`);

    this.addSql(`drop table if exists "kpi_rating_month" cascade;`);

    this.addSql(`drop index "dossier_late_due";`);

    this.addSql(`CREATE INDEX dossier_open_due ON public.dossier USING btree (unit_id, due_date) WHERE (finished_at IS NULL);`);
  }

}
