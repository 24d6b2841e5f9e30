import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** A deterministic pseudo-random source (mulberry32): the same seed gives the same file. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DossierFileOptions {
  rows: number;
  /** Unit codes that exist on every day of [from, to]. */
  units: string[];
  /** Catalogue procedure codes. */
  procedures: string[];
  /** Dossier codes are `${prefix}-${n}`. */
  prefix: string;
  from?: string;
  /** Days after `from` over which receipts spread. */
  days?: number;
  seed?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const CHANNELS = ['truc_tiep', 'truc_tuyen', 'truc_tuyen', 'buu_chinh'];

/**
 * Writes a dossier export as the one-stop systems give it (benchmark and tests): a third of the rows
 * without a due date (computed from working days), a tenth still pending, some with supplement requests.
 */
export async function writeDossierCsv(path: string, o: DossierFileOptions): Promise<void> {
  const rnd = random(o.seed ?? 1);
  const start = Date.parse(`${o.from ?? '2022-01-03'}T00:00:00Z`);
  const days = o.days ?? 1000;
  const out = createWriteStream(path);
  let chunk = 'ma_ho_so,ma_don_vi,ma_thu_tuc,kenh,ngay_tiep_nhan,ngay_hen_tra,ngay_ket_thuc,trang_thai,so_lan_bo_sung\n';
  for (let i = 1; i <= o.rows; i++) {
    const received = new Date(start + Math.floor(rnd() * days) * 86_400_000 + (7 * 60 + Math.floor(rnd() * 600)) * 60_000);
    const due = new Date(received.getTime() + Math.floor(rnd() * 12) * 86_400_000);
    const pending = rnd() < 0.1;
    const finished = new Date(received.getTime() + Math.floor(rnd() * 14 * 24 * 60) * 60_000);
    const day = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const time = (d: Date) => `${day(d)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`;
    chunk += `${o.prefix}-${i},${o.units[i % o.units.length]},${o.procedures[Math.floor(rnd() * o.procedures.length)]},${CHANNELS[i & 3]},${time(received)},${
      rnd() < 0.33 ? '' : day(due)
    },${pending ? '' : time(finished)},${pending ? 'dang_xu_ly' : ''},${rnd() < 0.04 ? 1 : 0}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}
