import { graphql } from '../../../__generated__';

/** Who the dashboard is talking to: AccountArea's, read too by the sign-in page and the shell's prefetch. */
export const AccountAreaQuery = graphql(`
  query AccountArea {
    me {
      username
      displayName
      role
      demo
      permissions
      units {
        id
        code
        name
        nameEn
      }
    }
  }
`);
