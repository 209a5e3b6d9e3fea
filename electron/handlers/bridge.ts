import { boardData, bridgePointDetail } from '../../db/bridge-board';
import {
  assignDelegates,
  createBridgePoint,
  deleteBridgePoint,
  ensureBridgePoint,
  getBridgePoint,
  listBridgePoints,
  setMainPoint,
  updateBridgePoint,
} from '../../db/bridge-points';
import { createBridgeTest, deleteBridgeTest, generateSchedule, listBridgeTests, logBridgeTest, updateBridgeTest } from '../../db/bridge-tests';
import { getEvent } from '../../db/events';
import type { bridgeContract } from '../../shared/contract/bridge';
import type { HandlersFor } from './types';

export const bridgeHandlers: HandlersFor<keyof typeof bridgeContract> = {
  'bridgePoints.list': async ({ eventId }, { db }) => {
    await getEvent(db, eventId);
    return listBridgePoints(db, eventId);
  },
  'bridgePoints.create': async ({ eventId, isMain, ...fields }, { db }) => {
    await getEvent(db, eventId);
    // A name alone (the delegate form's "new point") finds the point of that name in any spelling.
    const onlyName = !isMain && Object.entries(fields).every(([k, v]) => k === 'name' || v === null);
    if (onlyName) {
      const { created: _c, ...point } = await ensureBridgePoint(db, eventId, fields.name);
      return point;
    }
    return createBridgePoint(db, eventId, fields, isMain);
  },
  'bridgePoints.update': async ({ id, isMain, ...fields }, { db }) => updateBridgePoint(db, id, fields, isMain),
  'bridgePoints.delete': async ({ id }, { db }) => {
    await deleteBridgePoint(db, id);
    return { id };
  },
  'bridgePoints.setMain': async ({ eventId, id }, { db }) => {
    await getEvent(db, eventId);
    return setMainPoint(db, eventId, id);
  },
  'bridgePoints.assign': async ({ eventId, bridgePointId, delegateIds }, { db }) => {
    await getEvent(db, eventId);
    return { updated: await assignDelegates(db, eventId, bridgePointId, delegateIds) };
  },
  'bridgePoints.detail': async ({ id }, { db }) => bridgePointDetail(db, id),
  'bridgePoints.board': async ({ eventId }, { db }) => boardData(db, eventId),
  'bridgeTests.list': async ({ eventId }, { db }) => {
    await getEvent(db, eventId);
    return listBridgeTests(db, eventId);
  },
  'bridgeTests.create': async ({ bridgePointId, ...t }, { db }) => createBridgeTest(db, bridgePointId, t),
  'bridgeTests.update': async ({ id, ...t }, { db }) => updateBridgeTest(db, id, t),
  'bridgeTests.delete': async ({ id }, { db }) => {
    await deleteBridgeTest(db, id);
    return { id };
  },
  'bridgeTests.generate': async ({ eventId, bridgePointId }, { db }) => ({ created: await generateSchedule(db, eventId, bridgePointId) }),
  'bridgeTests.log': async (input, { db }) => {
    const { result, loggedAt, picture, sound, problem, onLine, action } = input;
    const log = { result, loggedAt, picture, sound, problem, onLine, action };
    if (input.id) return logBridgeTest(db, { id: input.id }, log);
    await getBridgePoint(db, input.bridgePointId!);
    return logBridgeTest(db, { bridgePointId: input.bridgePointId!, kind: input.kind }, log);
  },
};
