import type { CallInput } from '../../../shared/contract';
import type { ScriptItem } from '../../../shared/contract/script';
import { call } from '../../api/client';
import { notifyError } from '../../ui/toast';
import { useScript } from './scriptStore';

async function run<T>(f: () => Promise<T>): Promise<T | null> {
  try {
    return await f();
  } catch (e) {
    notifyError(e);
    return null;
  }
}

export async function addItem(input: CallInput<'script.addItem'>): Promise<ScriptItem | null> {
  const r = await run(() => call('script.addItem', input));
  if (!r) return null;
  const before = new Set(useScript.getState().script?.items.map((i) => i.id));
  useScript.getState().itemsSaved(r.items);
  return r.items.find((i) => !before.has(i.id)) ?? null;
}

export async function updateItem(id: string, set: CallInput<'script.updateItem'>['set']): Promise<boolean> {
  const item = await run(() => call('script.updateItem', { id, set }));
  if (item) useScript.getState().itemSaved(item);
  return item !== null;
}

export async function deleteItem(id: string): Promise<void> {
  const r = await run(() => call('script.deleteItem', { id }));
  if (r) useScript.getState().itemsSaved(r.items);
}

export async function moveItem(id: string, afterId: string | null): Promise<void> {
  const r = await run(() => call('script.moveItem', { id, afterId }));
  if (r) useScript.getState().itemsSaved(r.items);
}

export async function updateSettings(input: CallInput<'script.updateSettings'>): Promise<void> {
  const s = await run(() => call('script.updateSettings', input));
  if (s) useScript.getState().settingsSaved(s);
}
