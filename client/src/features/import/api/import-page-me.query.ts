import { graphql } from '../../../__generated__';

/** May this account import? (ImportPage; the demo and readers may not.) */
export const ImportPageMeQuery = graphql(`
  query ImportPageMe {
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
