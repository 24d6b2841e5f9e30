import { Migration } from '@mikro-orm/migrations';

export class Migration20261123161958 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "import_run" ("id" serial primary key, "kind" text check ("kind" in ('DOSSIERS', 'RATINGS', 'MEETINGS', 'REPORTED')) null, "file_name" text not null, "format" text null, "bytes" bigint not null default 0, "sha256" text null, "actor" text not null, "via" text not null, "started_at" timestamptz not null, "finished_at" timestamptz null, "result" text check ("result" in ('RUNNING', 'SUCCEEDED', 'REJECTED', 'FAILED', 'INTERRUPTED')) not null, "rows" int not null default 0, "inserted" int not null default 0, "updated" int not null default 0, "unchanged" int not null default 0, "error_count" int not null default 0, "warning_count" int not null default 0, "message" text null, "issues" jsonb not null default '[]');`);
    this.addSql(`create index "import_run_started_at_index" on "import_run" ("started_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "import_run" cascade;`);
  }

}
