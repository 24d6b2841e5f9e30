import { graphql } from '../../../__generated__';

export const SignInPageSignIn = graphql(`
  mutation SignInPageSignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      username
      displayName
      role
      demo
    }
  }
`);
