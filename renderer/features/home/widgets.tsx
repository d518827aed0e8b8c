// The dashboard's widgets, in order. Each area adds its own widget component here.
import type { ComponentType } from 'react';
import { OverviewWidget } from './OverviewWidget';
import { AnniversariesWidget, DormantWidget } from '../partners/widgets';
import { CalendarWeekWidget } from '../calendar/DashboardWidget';
import { ExchangesWidget } from '../exchanges/DashboardWidget';
import { BackupWidget } from '../backup/DashboardWidget';

export const dashboardWidgets: ComponentType[] = [
  OverviewWidget,
  AnniversariesWidget,
  DormantWidget,
  CalendarWeekWidget,
  ExchangesWidget,
  BackupWidget,
];
