import { Body, Controller, HttpStatus, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, DeleteRoute, GetRoute, PatchRoute, PostRoute, STALE_VERSION, UuidParam } from '@suunta/api-core';
import type { FundingEntryDto, FundingOverviewDto, SessionUser } from '@suunta/shared-domain';
import { CreateFundingEntryBody, DeleteFundingEntryParams, FundingQueryParams, UpdateFundingEntryBody } from './funding.dto';
import { FundingService } from './funding.service';

/** Who records funding: the management group and admins; everyone signed in reads. */
const WRITERS = ['management', 'admin'] as const;

@ApiTags('funding')
@Controller('funding')
export class FundingController {
  constructor(private readonly funding: FundingService) {}

  @GetRoute({ access: 'authenticated', summary: 'Funding per year (oldest first) with every entry and the totals and shares computed from them', ok: 'FundingOverviewDto' })
  overview(@CurrentUser() user: SessionUser, @Query() query: FundingQueryParams): Promise<FundingOverviewDto> {
    return this.funding.overview(user.organizationId, query);
  }

  @GetRoute('entries/:id', { access: 'authenticated', summary: 'One funding entry', ok: 'FundingEntryDto', notFound: "Unknown or another organization's entry" })
  get(@CurrentUser() user: SessionUser, @UuidParam('id') id: string): Promise<FundingEntryDto> {
    return this.funding.get(user.organizationId, id);
  }

  @PostRoute('entries', {
    access: WRITERS,
    summary: 'Record an amount of funding for a year and source',
    ok: 'FundingEntryDto',
    badRequest: 'Invalid fields, each named (earmarks above the amount, payer on non-municipal money…)',
  })
  create(@CurrentUser() user: SessionUser, @Body() body: CreateFundingEntryBody): Promise<FundingEntryDto> {
    return this.funding.create(user, body);
  }

  @PatchRoute('entries/:id', { access: WRITERS, summary: 'Change a funding entry (the whole entry, earmarks and documents included)', ok: 'FundingEntryDto', conflict: STALE_VERSION })
  update(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Body() body: UpdateFundingEntryBody): Promise<FundingEntryDto> {
    return this.funding.update(user, id, body);
  }

  @DeleteRoute('entries/:id', { access: WRITERS, status: HttpStatus.NO_CONTENT, summary: 'Delete a funding entry', ok: 'Deleted', conflict: STALE_VERSION })
  remove(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Query() query: DeleteFundingEntryParams): Promise<void> {
    return this.funding.remove(user, id, query.version);
  }
}
