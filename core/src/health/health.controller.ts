import { Controller, Get } from '@nestjs/common';
import { SessionService } from '../auth/session.service';
import { Kernel } from '../kernel/kernel';
import { checkHealth, type SystemHealth } from './health-check';
import { RedisProbe } from './redis-probe';

/** Public (no permission): load balancers and operators call it without an account. It reveals no data. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly kernel: Kernel,
    private readonly redis: RedisProbe,
    private readonly sessions: SessionService,
  ) {}

  @Get()
  async health(): Promise<SystemHealth & { plugins: string[] }> {
    const { status, ...parts } = await checkHealth(this.kernel, this.redis, this.sessions);
    const plugins = this.kernel.registry.plugins.map((p) => `${p.name}@${p.version}`);
    return { status, plugins, ...parts };
  }
}
