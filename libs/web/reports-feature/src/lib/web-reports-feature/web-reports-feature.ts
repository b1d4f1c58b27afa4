import { Component } from '@angular/core';

@Component({
  selector: 'su-web-reports-feature',
  imports: [],
  templateUrl: './web-reports-feature.html',
  styleUrl: './web-reports-feature.css'
})
export class WebReportsFeature {}
