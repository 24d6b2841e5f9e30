import { Migration } from '@mikro-orm/migrations';

export class Migration20261123221317 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "kpi_field_month" ("unit_id" int not null, "month" date not null, "field_id" int not null, "channel" text not null, "received" int not null default 0, "resolved_early" int not null default 0, "resolved_on_time" int not null default 0, "resolved_overdue" int not null default 0, "same_day" int not null default 0, "late_due" int not null default 0, "late_resolved" int not null default 0, constraint "kpi_field_month_pkey" primary key ("unit_id", "month", "field_id", "channel"));`);

    this.addSql(`create table "kpi_field_total" ("unit_id" int not null, "field_id" int not null, "channel" text not null, "received" int not null default 0, "resolved_early" int not null default 0, "resolved_on_time" int not null default 0, "resolved_overdue" int not null default 0, "same_day" int not null default 0, "late_due" int not null default 0, "late_resolved" int not null default 0, constraint "kpi_field_total_pkey" primary key ("unit_id", "field_id", "channel"));`);
    // Existing data: the procedure rollups summed by each procedure's field.
    this.addSql(`insert into "kpi_field_month" select m.unit_id, m.month, p.field_id, m.channel, sum(m.received), sum(m.resolved_early), sum(m.resolved_on_time),
      sum(m.resolved_overdue), sum(m.same_day), sum(m.late_due), sum(m.late_resolved) from "kpi_procedure_month" m join "procedure" p on p.id = m.procedure_id group by 1, 2, 3, 4;`);
    this.addSql(`insert into "kpi_field_total" select unit_id, field_id, channel, sum(received), sum(resolved_early), sum(resolved_on_time),
      sum(resolved_overdue), sum(same_day), sum(late_due), sum(late_resolved) from "kpi_field_month" group by 1, 2, 3;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kpi_field_month" cascade;`);

    this.addSql(`drop table if exists "kpi_field_total" cascade;`);
  }

}
