import { startApi } from '../../support/api';

describe('GET /health', () => {
  it('answers 200 while the database answers, 503 once it does not', async () => {
    const api = await startApi();
    try {
      const up = await fetch(`${api.url}/health`);
      expect(up.status).toBe(200);
      expect(await up.json()).toEqual({ status: 'ok', database: 'up' });

      await api.orm.close(true);
      const down = await fetch(`${api.url}/health`);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'error', database: 'down' });
    } finally {
      await api.app.stop();
      await api.pool.end();
    }
  });

  it('serves GraphQL over HTTP on the same port', async () => {
    const api = await startApi();
    try {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ units(search: "Cầu Giấy") { code children { code } } }' }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data: { units: { code: string; children: unknown[] }[] } };
      expect(body.data.units[0]).toMatchObject({ code: '005' });
      expect(body.data.units[0].children).toHaveLength(8);
    } finally {
      await api.close();
    }
  });
});
