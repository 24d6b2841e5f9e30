import { Migration } from '@mikro-orm/migrations';

export class Migration20261123220500 extends Migration {

  override async up(): Promise<void> {
    // Covering: the early warning and pending-overdue arms read every late dossier due before a day; with the
    // columns they test in the index that is an index-only scan of a few MB, not one heap page per dossier.
    this.addSql(`drop index if exists "dossier_late_due";`);
    this.addSql(`create index "dossier_late_due" on "dossier" ("unit_id", "due_date") include ("finished_on", "received_on", "procedure_id") where "finished_on" is null or "finished_on" > "due_date";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "dossier_late_due";`);
    this.addSql(`create index "dossier_late_due" on "dossier" ("unit_id", "due_date") where "finished_on" is null or "finished_on" > "due_date";`);
  }

}
