import { graphql } from '../../../__generated__';

/** Who the dashboard is talking to (AccountArea, SignInPage). */
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

export const SignInMutation = graphql(`
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      username
      displayName
      role
      demo
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
