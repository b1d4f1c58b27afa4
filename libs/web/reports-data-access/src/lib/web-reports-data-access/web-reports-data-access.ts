import { Component } from '@angular/core';

@Component({
  selector: 'su-web-reports-data-access',
  imports: [],
  templateUrl: './web-reports-data-access.html',
  styleUrl: './web-reports-data-access.css'
})
export class WebReportsDataAccess {}
