import { Migration } from '@mikro-orm/migrations';

export class Migration20261123192825 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "kpi_procedure_total" ("unit_id" int not null, "procedure_id" int not null, "channel" text not null, "received" int not null default 0, "resolved_early" int not null default 0, "resolved_on_time" int not null default 0, "resolved_overdue" int not null default 0, "same_day" int not null default 0, "late_due" int not null default 0, "late_resolved" int not null default 0, constraint "kpi_procedure_total_pkey" primary key ("unit_id", "procedure_id", "channel"));`);
    // Existing data: the totals are the sums of the procedure months already kept.
    this.addSql(`insert into "kpi_procedure_total" select unit_id, procedure_id, channel, sum(received), sum(resolved_early), sum(resolved_on_time),
      sum(resolved_overdue), sum(same_day), sum(late_due), sum(late_resolved) from "kpi_procedure_month" group by 1, 2, 3;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kpi_procedure_total" cascade;`);
  }

}
