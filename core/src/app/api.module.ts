import { AccessController } from '../access/access.controller';
import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AdminController } from '../admin/admin.controller';
import { AuditViewerController } from '../audit-viewer/audit-viewer.controller';
import { PermissionGuard } from '../admin/permission.guard';
import { SystemStatusController } from '../admin/system-status.controller';
import { SessionService } from '../auth/session.service';
import { HealthController } from '../health/health.controller';
import { RedisProbe } from '../health/redis-probe';
import { QueueDashboardController } from '../jobs/queue-dashboard.controller';
import { Kernel } from '../kernel/kernel';
import { LiveController } from '../live/live.controller';
import { LiveHub } from '../live/live-hub';
import { NotificationsController } from '../notifications/notifications.controller';
import { ReplicasController } from '../sync/replicas.controller';
import { ReportNotifier } from '../reports/report-notifier';
import { ReportsController } from '../reports/reports.controller';
import { ApiDocsController } from './api-docs.controller';
import { API_OPTIONS, type ApiOptions } from './api-options';
import { AuthController } from './auth.controller';
import { PluginsController } from './plugins.controller';
import { SyncCommandsController } from '../sync/sync-commands.controller';

/** The API process's Nest module around an already booted kernel. */
@Module({})
export class ApiModule {
  static forKernel(kernel: Kernel, sessions: SessionService, options: ApiOptions): DynamicModule {
    return {
      module: ApiModule,
      // Nest's event bus carries report and live notifications; commands and queries go to the kernel's executors.
      imports: [CqrsModule.forRoot()],
      controllers: [
        AuthController,
        HealthController,
        ApiDocsController,
        AdminController,
        AuditViewerController,
        QueueDashboardController,
        SystemStatusController,
        ReportsController,
        LiveController,
        PluginsController,
        AccessController,
        NotificationsController,
        ReplicasController,
        SyncCommandsController,
      ],
      providers: [
        { provide: Kernel, useValue: kernel },
        { provide: SessionService, useValue: sessions },
        { provide: API_OPTIONS, useValue: options },
        { provide: RedisProbe, useFactory: () => new RedisProbe(options.redisUrl) },
        PermissionGuard,
        ReportNotifier,
        LiveHub,
      ],
    };
  }
}
