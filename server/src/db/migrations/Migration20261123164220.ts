import { Migration } from '@mikro-orm/migrations';

export class Migration20261123164220 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "account" ("id" serial primary key, "username" text not null, "display_name" text null, "password_hash" text not null, "role" text check ("role" in ('ADMIN', 'LEADER', 'OFFICER', 'ORGANISER', 'VIEWER')) not null, "unit_id" int null, "disabled_at" timestamptz null, "created_at" timestamptz not null, "created_by" text not null, "last_sign_in_at" timestamptz null, constraint account_unit_for_role_check check (role = 'ADMIN' or unit_id is not null));`);
    this.addSql(`alter table "account" add constraint "account_username_unique" unique ("username");`);
    this.addSql(`create index "account_unit_id_index" on "account" ("unit_id");`);

    this.addSql(`create table "account_session" ("digest" text not null, "account_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "account_session_pkey" primary key ("digest"));`);
    this.addSql(`create index "account_session_expires_at_index" on "account_session" ("expires_at");`);
    this.addSql(`create index "account_session_account_id_index" on "account_session" ("account_id");`);

    this.addSql(`create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null, "actor" text not null, "actor_account_id" int null, "action" text not null, "subject" text not null, "unit_id" int null, "detail" jsonb not null);`);
    this.addSql(`create index "audit_entry_action_at_index" on "audit_entry" ("action", "at");`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);

    this.addSql(`alter table "account" add constraint "account_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "account_session" add constraint "account_session_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "account_session" drop constraint "account_session_account_id_foreign";`);

    this.addSql(`drop table if exists "account" cascade;`);

    this.addSql(`drop table if exists "account_session" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);
  }

}
