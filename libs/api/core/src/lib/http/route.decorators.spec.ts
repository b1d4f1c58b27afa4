import { HttpStatus, RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ACCESS_METADATA } from '../access/access.decorators';
import { DeleteRoute, GetRoute, PostRoute } from './route.decorators';

/** @nestjs/swagger's metadata keys (its constants module is not part of its public entry). */
const DECORATORS = { API_RESPONSE: 'swagger/apiResponse', API_OPERATION: 'swagger/apiOperation' };

class Thing {}

class ThingsController {
  @GetRoute({ access: 'authenticated', summary: 'All things', ok: [Thing] })
  list(): string {
    return 'list';
  }

  @PostRoute('import', { access: ['management', 'admin'], status: HttpStatus.OK, ok: 'The preview', badRequest: 'Bad file', conflict: 'Taken' })
  preview(): string {
    return 'preview';
  }

  @PostRoute({ access: 'public', ok: 'Created' })
  create(): string {
    return 'create';
  }

  @DeleteRoute(':id', { status: HttpStatus.NO_CONTENT, ok: 'Deleted' })
  remove(): string {
    return 'remove';
  }
}

const meta = (key: string, handler: keyof ThingsController) => Reflect.getMetadata(key, ThingsController.prototype[handler]);

describe('route decorators', () => {
  it('set the verb and the path (none: the controller root)', () => {
    expect([meta(METHOD_METADATA, 'list'), meta(PATH_METADATA, 'list')]).toEqual([RequestMethod.GET, '/']);
    expect([meta(METHOD_METADATA, 'preview'), meta(PATH_METADATA, 'preview')]).toEqual([RequestMethod.POST, 'import']);
    expect([meta(METHOD_METADATA, 'remove'), meta(PATH_METADATA, 'remove')]).toEqual([RequestMethod.DELETE, ':id']);
  });

  it('set the access rule the guard reads, and none when the spec names none', () => {
    expect(meta(ACCESS_METADATA, 'list')).toEqual({ kind: 'authenticated' });
    expect(meta(ACCESS_METADATA, 'preview')).toEqual({ kind: 'roles', roles: ['management', 'admin'] });
    expect(meta(ACCESS_METADATA, 'create')).toEqual({ kind: 'public' });
    expect(meta(ACCESS_METADATA, 'remove')).toBeUndefined();
  });

  it('set the HTTP code only when the status is given', () => {
    expect(meta(HTTP_CODE_METADATA, 'preview')).toBe(200);
    expect(meta(HTTP_CODE_METADATA, 'remove')).toBe(204);
    expect(meta(HTTP_CODE_METADATA, 'create')).toBeUndefined();
  });

  it("document the success answer under the status, else the verb's default, and the named errors", () => {
    expect(meta(DECORATORS.API_RESPONSE, 'list')).toEqual({ 200: expect.objectContaining({ type: Thing, isArray: true }) });
    expect(meta(DECORATORS.API_RESPONSE, 'create')).toEqual({ 201: expect.objectContaining({ description: 'Created' }) });
    expect(meta(DECORATORS.API_RESPONSE, 'remove')).toEqual({ 204: expect.objectContaining({ description: 'Deleted' }) });
    expect(meta(DECORATORS.API_RESPONSE, 'preview')).toEqual({
      200: expect.objectContaining({ description: 'The preview' }),
      400: expect.objectContaining({ description: 'Bad file' }),
      409: expect.objectContaining({ description: 'Taken' }),
    });
  });

  it('document the operation only when it has a summary or a description', () => {
    expect(meta(DECORATORS.API_OPERATION, 'list')).toEqual({ summary: 'All things' });
    expect(meta(DECORATORS.API_OPERATION, 'create')).toBeUndefined();
  });
});
