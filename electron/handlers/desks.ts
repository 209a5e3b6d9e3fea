import { getEvent } from '../../db/events';
import type { desksContract } from '../../shared/contract/desks';
import { closeDesks, deskState, listInterfaces, newDeskCode, openDesks, revokeDesk } from '../desks/host';
import { forward, joinedState, joinHost, leaveHost } from '../desks/join';
import type { HandlersFor } from './types';

export const desksHandlers: HandlersFor<keyof typeof desksContract> = {
  'desks.interfaces': async () => listInterfaces(),
  'desks.open': async ({ eventId, address, port }, { db, store, appVersion, laptop, serving }) => {
    const event = await getEvent(db, eventId);
    return openDesks(
      { store, appVersion, laptop: laptop(), rendererDir: serving.rendererDir ?? undefined, log: serving.log },
      { id: event.id, name: event.name },
      address,
      port,
    );
  },
  'desks.close': async (_input, { store }) => closeDesks(store),
  'desks.state': async (_input, { store }) => deskState(store),
  'desks.newCode': async (_input, { store }) => newDeskCode(store),
  'desks.revoke': async ({ deskId }, { store }) => revokeDesk(store, deskId),
  'desks.join': async ({ url, code, name }, { store, db }) => joinHost(store, db, url, code, name),
  'desks.joined': async (_input, { store, db }) => joinedState(store, db),
  'desks.leave': async (_input, { store, db }) => leaveHost(store, db),
  'desks.forward': async ({ call, input }, { store }) => forward(store, call, input),
};
