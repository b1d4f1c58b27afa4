import { ApiException } from '../errors/api-exception';
import type { AppRole, SessionUser } from '@suunta/shared-domain';
import { assertCanWriteRegion, canWriteRegion, writableRegionIds } from './region-scope';

const KP = 'region-kp';
const PO = 'region-po';

function user(roles: AppRole[], regionIds: string[] = []): SessionUser {
  return { id: 'u', organizationId: 'o', email: 'u@example.org', displayName: 'U', roles, regionIds };
}

describe('canWriteRegion', () => {
  it('lets a planner write only in the assigned region', () => {
    expect(canWriteRegion(user(['planner'], [KP]), KP)).toBe(true);
    expect(canWriteRegion(user(['planner'], [KP]), PO)).toBe(false);
  });

  it('lets management and admin write in every region', () => {
    expect(canWriteRegion(user(['management']), PO)).toBe(true);
    expect(canWriteRegion(user(['admin']), KP)).toBe(true);
  });

  it('never lets board or viewer write, even with a region assigned', () => {
    expect(canWriteRegion(user(['board'], [KP]), KP)).toBe(false);
    expect(canWriteRegion(user(['viewer'], [KP]), KP)).toBe(false);
  });

  it('throws 403 from the assert form', () => {
    const refuse = () => assertCanWriteRegion(user(['planner'], [KP]), PO);
    expect(refuse).toThrow(ApiException);
    expect(caught(refuse)).toMatchObject({ code: 'region_forbidden', status: 403 });
    expect(() => assertCanWriteRegion(user(['planner'], [KP]), KP)).not.toThrow();
  });
});

describe('writableRegionIds', () => {
  it('is all for organization-wide roles, the assignment for planners, none otherwise', () => {
    expect(writableRegionIds(user(['management']))).toBe('all');
    expect(writableRegionIds(user(['planner'], [KP]))).toEqual([KP]);
    expect(writableRegionIds(user(['board'], [KP]))).toEqual([]);
  });
});

function caught(fn: () => void): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}
