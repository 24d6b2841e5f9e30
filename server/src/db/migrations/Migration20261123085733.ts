import { Migration } from '@mikro-orm/migrations';

export class Migration20261123085733 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "administrative_unit" ("id" serial primary key, "code" text not null, "name" text not null, "name_en" text null, "search_name" text not null, "level" text check ("level" in ('PROVINCE', 'DISTRICT', 'COMMUNE')) not null, "kind" text not null, "parent_id" int null, "valid_from" date null, "valid_to" date null);`);
    this.addSql(`create index "administrative_unit_name_search" on "administrative_unit" (lower("search_name"));`);
    this.addSql(`create unique index "administrative_unit_code_valid_from_unique" on "administrative_unit" ("code", coalesce("valid_from", '-infinity'::date));`);
    this.addSql(`create index "administrative_unit_parent_id_index" on "administrative_unit" ("parent_id");`);

    this.addSql(`create table "calendar_day" ("date" date not null, "kind" text check ("kind" in ('DAY_OFF', 'WORKING_DAY')) not null, "name" text not null, "name_en" text null, constraint "calendar_day_pkey" primary key ("date"));`);

    this.addSql(`create table "calendar_year" ("year" smallint not null, "source" text not null, constraint "calendar_year_pkey" primary key ("year"));`);

    this.addSql(`create table "campaign" ("id" serial primary key, "code" text not null, "name" text not null, "name_en" text null, "kind" text check ("kind" in ('YEARLY_THEME', 'PEAK_MONTH', 'SAME_DAY_WEEK', 'SAME_DAY', 'OTHER')) not null, "organiser_id" int not null, "starts_on" date not null, "ends_on" date not null, "parent_id" int null, "plan_reference" text null, "theme" text null, "source_document" text null, "note" text null);`);
    this.addSql(`alter table "campaign" add constraint "campaign_code_unique" unique ("code");`);
    this.addSql(`create index "campaign_organiser_id_starts_on_index" on "campaign" ("organiser_id", "starts_on");`);

    this.addSql(`create table "campaign_enrollment" ("id" serial primary key, "campaign_id" int not null, "unit_id" int not null, "starts_on" date not null, "ends_on" date not null, "commitment" text null, "generated" boolean not null default false);`);
    this.addSql(`create index "campaign_enrollment_unit_id_index" on "campaign_enrollment" ("unit_id");`);
    this.addSql(`alter table "campaign_enrollment" add constraint "campaign_enrollment_campaign_id_unit_id_unique" unique ("campaign_id", "unit_id");`);

    this.addSql(`create table "meeting" ("id" serial primary key, "ref" text not null, "kind" text check ("kind" in ('CITIZEN_DIALOGUE', 'BUSINESS_DIALOGUE', 'PEOPLES_CONFERENCE', 'PROCEDURE_DIALOGUE')) not null, "unit_id" int not null, "held_on" date null, "chair" text null, "attendees" int null, "businesses" int null, "neighbourhoods" int null, "reviewed_from" date null, "reviewed_to" date null, "opinion_count" int null, "opinion_count_text" text null, "topics_raised" text[] not null default '{}', "source_document" text null, "generated" boolean not null default false, "note" text null);`);
    this.addSql(`alter table "meeting" add constraint "meeting_ref_unique" unique ("ref");`);
    this.addSql(`create index "meeting_unit_id_held_on_index" on "meeting" ("unit_id", "held_on");`);

    this.addSql(`create table "procedure_field" ("id" serial primary key, "code" text not null, "name" text not null, "name_en" text null);`);
    this.addSql(`alter table "procedure_field" add constraint "procedure_field_code_unique" unique ("code");`);

    this.addSql(`create table "procedure" ("id" serial primary key, "code" text not null, "name" text not null, "name_en" text null, "field_id" int not null, "level" text check ("level" in ('PROVINCE', 'DISTRICT', 'COMMUNE')) null, "working_days" smallint not null, "source" text not null default 'catalogue');`);
    this.addSql(`alter table "procedure" add constraint "procedure_code_unique" unique ("code");`);
    this.addSql(`create index "procedure_field_id_index" on "procedure" ("field_id");`);

    this.addSql(`create table "dossier" ("id" bigserial primary key, "code" text not null, "unit_id" int not null, "procedure_id" int not null, "channel" text check ("channel" in ('DIRECT', 'ONLINE', 'POSTAL')) not null, "received_at" timestamptz not null, "received_on" date not null, "due_date" date not null, "due_date_computed" boolean not null default false, "finished_at" timestamptz null, "finished_on" date null, "returned_at" timestamptz null, "status" text check ("status" in ('RECEIVED', 'IN_PROGRESS', 'AWAITING_SUPPLEMENT', 'FINISHED', 'RETURNED', 'STOPPED', 'WITHDRAWN')) not null, "supplement_requests" smallint not null default 0, "apology_slip" boolean not null default false, "timeliness" text check ("timeliness" in ('EARLY', 'ON_TIME', 'OVERDUE')) null, "source" text not null);`);
    this.addSql(`create index "dossier_procedure_id_index" on "dossier" ("procedure_id");`);
    this.addSql(`create index "dossier_open_due" on "dossier" ("unit_id", "due_date") where "finished_at" is null;`);
    this.addSql(`create index "dossier_unit_finished_on" on "dossier" ("unit_id", "finished_on");`);
    this.addSql(`create index "dossier_unit_received_on" on "dossier" ("unit_id", "received_on");`);
    this.addSql(`alter table "dossier" add constraint "dossier_unit_code_unique" unique ("unit_id", "code");`);

    this.addSql(`create table "opinion" ("id" serial primary key, "meeting_id" int not null, "seq" smallint not null, "topic" text null, "topic_en" text null, "concerns_procedure" boolean null, "field_id" int null, "authority_level" text check ("authority_level" in ('PROVINCE', 'DISTRICT', 'COMMUNE')) null, "answered_on_spot" boolean null, "status" text check ("status" in ('ANSWERED', 'REFERRED', 'OPEN')) null, "generated" boolean not null default false);`);
    this.addSql(`create index "opinion_field_id_index" on "opinion" ("field_id");`);
    this.addSql(`alter table "opinion" add constraint "opinion_meeting_id_seq_unique" unique ("meeting_id", "seq");`);

    this.addSql(`create table "reported_figure" ("id" serial primary key, "key" text not null, "source_document" text not null, "unit_id" int not null, "scope" text check ("scope" in ('UNIT', 'UNIT_AND_DESCENDANTS', 'DESCENDANTS', 'CAMPAIGN_ENROLLED')) not null, "campaign_id" int null, "period_from" date null, "period_to" date null, "convention" text check ("convention" in ('CALENDAR', 'REPORTING_WINDOW', 'EVENT')) not null, "metric" text not null, "value" numeric(14,4) null, "as_published" text not null, "note" text null);`);
    this.addSql(`alter table "reported_figure" add constraint "reported_figure_key_unique" unique ("key");`);

    this.addSql(`create table "satisfaction_rating" ("id" bigserial primary key, "unit_id" int not null, "rated_at" timestamptz not null, "rated_on" date not null, "level" text check ("level" in ('VERY_SATISFIED', 'SATISFIED', 'NEUTRAL', 'DISSATISFIED')) not null, "channel" text check ("channel" in ('DIRECT', 'ONLINE', 'POSTAL')) null, "dossier_code" text null, "external_key" text not null, "source" text not null);`);
    this.addSql(`create index "satisfaction_rating_unit_rated_on" on "satisfaction_rating" ("unit_id", "rated_on");`);
    this.addSql(`alter table "satisfaction_rating" add constraint "satisfaction_rating_unit_key_unique" unique ("unit_id", "external_key");`);

    this.addSql(`create table "seed_run" ("name" text not null, "fingerprint" text not null, "counts" jsonb not null, "loaded_at" timestamptz not null, constraint "seed_run_pkey" primary key ("name"));`);

    this.addSql(`create table "target" ("id" serial primary key, "code" text not null, "metric" text not null, "comparator" text check ("comparator" in ('AT_LEAST', 'AT_MOST')) not null, "threshold" numeric(14,6) not null, "unit_id" int null, "campaign_id" int null, "valid_from" date null, "valid_to" date null, "basis" text not null);`);
    this.addSql(`alter table "target" add constraint "target_code_unique" unique ("code");`);
    this.addSql(`create index "target_metric_index" on "target" ("metric");`);

    this.addSql(`create table "unit_succession" ("id" serial primary key, "predecessor_id" int not null, "successor_id" int not null, "effective_date" date not null, "share" text check ("share" in ('WHOLE', 'PART')) not null, "note" text null);`);
    this.addSql(`create index "unit_succession_successor_id_index" on "unit_succession" ("successor_id");`);
    this.addSql(`alter table "unit_succession" add constraint "unit_succession_predecessor_id_successor_id_unique" unique ("predecessor_id", "successor_id");`);

    this.addSql(`alter table "administrative_unit" add constraint "administrative_unit_parent_id_foreign" foreign key ("parent_id") references "administrative_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "campaign" add constraint "campaign_organiser_id_foreign" foreign key ("organiser_id") references "administrative_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "campaign" add constraint "campaign_parent_id_foreign" foreign key ("parent_id") references "campaign" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "campaign_enrollment" add constraint "campaign_enrollment_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "campaign_enrollment" add constraint "campaign_enrollment_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "meeting" add constraint "meeting_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "procedure" add constraint "procedure_field_id_foreign" foreign key ("field_id") references "procedure_field" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "dossier" add constraint "dossier_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "dossier" add constraint "dossier_procedure_id_foreign" foreign key ("procedure_id") references "procedure" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "opinion" add constraint "opinion_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "opinion" add constraint "opinion_field_id_foreign" foreign key ("field_id") references "procedure_field" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "reported_figure" add constraint "reported_figure_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "reported_figure" add constraint "reported_figure_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "satisfaction_rating" add constraint "satisfaction_rating_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "target" add constraint "target_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "target" add constraint "target_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "unit_succession" add constraint "unit_succession_predecessor_id_foreign" foreign key ("predecessor_id") references "administrative_unit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "unit_succession" add constraint "unit_succession_successor_id_foreign" foreign key ("successor_id") references "administrative_unit" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "administrative_unit" drop constraint "administrative_unit_parent_id_foreign";`);

    this.addSql(`alter table "campaign" drop constraint "campaign_organiser_id_foreign";`);

    this.addSql(`alter table "campaign_enrollment" drop constraint "campaign_enrollment_unit_id_foreign";`);

    this.addSql(`alter table "meeting" drop constraint "meeting_unit_id_foreign";`);

    this.addSql(`alter table "dossier" drop constraint "dossier_unit_id_foreign";`);

    this.addSql(`alter table "reported_figure" drop constraint "reported_figure_unit_id_foreign";`);

    this.addSql(`alter table "satisfaction_rating" drop constraint "satisfaction_rating_unit_id_foreign";`);

    this.addSql(`alter table "target" drop constraint "target_unit_id_foreign";`);

    this.addSql(`alter table "unit_succession" drop constraint "unit_succession_predecessor_id_foreign";`);

    this.addSql(`alter table "unit_succession" drop constraint "unit_succession_successor_id_foreign";`);

    this.addSql(`alter table "campaign" drop constraint "campaign_parent_id_foreign";`);

    this.addSql(`alter table "campaign_enrollment" drop constraint "campaign_enrollment_campaign_id_foreign";`);

    this.addSql(`alter table "reported_figure" drop constraint "reported_figure_campaign_id_foreign";`);

    this.addSql(`alter table "target" drop constraint "target_campaign_id_foreign";`);

    this.addSql(`alter table "opinion" drop constraint "opinion_meeting_id_foreign";`);

    this.addSql(`alter table "procedure" drop constraint "procedure_field_id_foreign";`);

    this.addSql(`alter table "opinion" drop constraint "opinion_field_id_foreign";`);

    this.addSql(`alter table "dossier" drop constraint "dossier_procedure_id_foreign";`);

    this.addSql(`drop table if exists "administrative_unit" cascade;`);

    this.addSql(`drop table if exists "calendar_day" cascade;`);

    this.addSql(`drop table if exists "calendar_year" cascade;`);

    this.addSql(`drop table if exists "campaign" cascade;`);

    this.addSql(`drop table if exists "campaign_enrollment" cascade;`);

    this.addSql(`drop table if exists "meeting" cascade;`);

    this.addSql(`drop table if exists "procedure_field" cascade;`);

    this.addSql(`drop table if exists "procedure" cascade;`);

    this.addSql(`drop table if exists "dossier" cascade;`);

    this.addSql(`drop table if exists "opinion" cascade;`);

    this.addSql(`drop table if exists "reported_figure" cascade;`);

    this.addSql(`drop table if exists "satisfaction_rating" cascade;`);

    this.addSql(`drop table if exists "seed_run" cascade;`);

    this.addSql(`drop table if exists "target" cascade;`);

    this.addSql(`drop table if exists "unit_succession" cascade;`);
  }

}
