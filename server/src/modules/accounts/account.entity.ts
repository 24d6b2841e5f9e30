import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AdministrativeUnit } from '../units/administrative-unit.entity';
import { Role } from './role';

/** Someone who signs in: a role and, for every role but ADMIN, the unit whose data they may reach. */
@Entity({ tableName: 'account' })
@Index({ properties: ['unit'] })
@Check({ name: 'account_unit_for_role_check', expression: `role = 'ADMIN' or unit_id is not null` })
export class Account {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** Lower case; what the person types to sign in. */
  @Unique()
  @Property({ type: 'text' })
  username!: string;

  @Property({ type: 'text', nullable: true })
  displayName?: string | null;

  /** argon2id, with its salt and parameters; never the password. Hidden from serialisation. */
  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Enum({ items: () => Role, type: 'text' })
  role!: Role;

  /** Null only for ADMIN (every unit). */
  @ManyToOne(() => AdministrativeUnit, { nullable: true, deleteRule: 'restrict' })
  unit?: AdministrativeUnit | null;

  /** Set: the account cannot sign in and its sessions are gone. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  disabledAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  /** Who created it: an admin's username or cli:<OS user>. */
  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastSignInAt?: Date | null;
}
