import { multipartBody } from './multipart';

describe('multipartBody', () => {
  it('sends operations with file null, a map to variables.file, then the file as part "0"', async () => {
    const body = multipartBody('mutation M($file: Upload!) { x }', { dryRun: true, kind: null }, new Blob(['a,b\n1,2\n']), 'ho-so.csv');
    expect([...body.keys()]).toEqual(['operations', 'map', '0']);
    expect(JSON.parse(body.get('operations') as string)).toEqual({
      query: 'mutation M($file: Upload!) { x }',
      variables: { dryRun: true, kind: null, file: null },
    });
    expect(JSON.parse(body.get('map') as string)).toEqual({ 0: ['variables.file'] });
    const file = body.get('0') as File;
    expect(file.name).toBe('ho-so.csv');
    await expect(file.text()).resolves.toBe('a,b\n1,2\n');
  });
});
