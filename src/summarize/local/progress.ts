/**
 * Progress while a model loads or downloads: one event union keyed on `status`, the
 * shape transformers.js reports (initiate → download → progress… → done per file,
 * then ready once the pipeline is built), so its callbacks pass through unchanged.
 */
export type LocalModelProgress =
  | { readonly status: 'initiate'; readonly name: string; readonly file: string }
  | { readonly status: 'download'; readonly name: string; readonly file: string }
  | {
      readonly status: 'progress';
      readonly name: string;
      readonly file: string;
      /** 0–100. */
      readonly progress: number;
      readonly loaded: number;
      readonly total: number;
    }
  | { readonly status: 'done'; readonly name: string; readonly file: string }
  | { readonly status: 'ready'; readonly task: string; readonly model: string };

export type ProgressListener = (event: LocalModelProgress) => void;

/** Narrows transformers.js's untyped callback argument; anything unknown is dropped. */
export function toProgressEvent(raw: unknown): LocalModelProgress | null {
  if (raw === null || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const str = (key: string): string => (typeof r[key] === 'string' ? (r[key] as string) : '');
  const num = (key: string): number => (typeof r[key] === 'number' && Number.isFinite(r[key]) ? (r[key] as number) : 0);
  switch (r.status) {
    case 'initiate':
    case 'download':
    case 'done':
      return { status: r.status, name: str('name'), file: str('file') };
    case 'progress':
      return { status: 'progress', name: str('name'), file: str('file'), progress: num('progress'), loaded: num('loaded'), total: num('total') };
    case 'ready':
      return { status: 'ready', task: str('task'), model: str('model') };
    default:
      return null;
  }
}
