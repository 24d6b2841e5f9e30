import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Account } from './account.entity';

/** A signed-in browser: the SHA-256 of its cookie's token, never the token itself. */
@Entity({ tableName: 'account_session' })
@Index({ properties: ['account'] })
@Index({ properties: ['expiresAt'] })
export class AccountSession {
  @PrimaryKey({ type: 'text' })
  digest!: string;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Account;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;
}
