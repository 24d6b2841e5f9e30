import { graphql } from '../../../__generated__';

export const AccountAreaSignOut = graphql(`
  mutation AccountAreaSignOut {
    signOut
  }
`);
