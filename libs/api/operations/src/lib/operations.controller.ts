import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, GetRoute, PostRoute, RequireRoles, UuidParam } from '@suunta/api-core';
import type { OperationsStatus, SessionUser, TestMailDto } from '@suunta/shared-domain';
import { OperationsService } from './operations.service';

@ApiTags('admin')
@Controller('admin/operations')
@RequireRoles('admin')
export class OperationsController {
  constructor(private readonly operations: OperationsService) {}

  @GetRoute({ summary: 'Operations status for the admin page: last backup, mail settings, single sign-on, job queue', ok: 'OperationsStatus' })
  status(@CurrentUser() admin: SessionUser): Promise<OperationsStatus> {
    return this.operations.status(admin);
  }

  @PostRoute('test-mail', {
    summary: 'Send me a test mail',
    description: 'Queues a mail to the signed-in admin; poll GET …/test-mail/:id for the outcome.',
    ok: 'The queued job',
  })
  sendTestMail(@CurrentUser() admin: SessionUser): Promise<TestMailDto> {
    return this.operations.sendTestMail(admin);
  }

  @GetRoute('test-mail/:id', { summary: 'The outcome of my test mail: queued, sending, sent, retrying (with the error) or failed', notFound: 'No test mail of yours with this id' })
  testMail(@CurrentUser() admin: SessionUser, @UuidParam('id') id: string): Promise<TestMailDto> {
    return this.operations.testMail(admin, id);
  }
}
