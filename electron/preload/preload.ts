import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES } from '../../shared/contract/names';

// Exactly the contract, nothing else of ipcRenderer: one function per entry.
const api = Object.fromEntries(CALL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`rpc:${name}`, input)]));
contextBridge.exposeInMainWorld('api', api);
