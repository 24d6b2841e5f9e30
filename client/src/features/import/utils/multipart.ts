/**
 * The body of a GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec)
 * carrying one file in the variable `file`: `operations` with that variable null, `map` saying where
 * file "0" goes, then the file itself.
 */
export function multipartBody(query: string, variables: Record<string, unknown>, file: Blob, fileName: string): FormData {
  const body = new FormData();
  body.append('operations', JSON.stringify({ query, variables: { ...variables, file: null } }));
  body.append('map', JSON.stringify({ 0: ['variables.file'] }));
  body.append('0', file, fileName);
  return body;
}
