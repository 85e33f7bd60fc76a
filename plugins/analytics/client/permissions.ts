// The server's permission names this client part checks (the analytics plugin declares them).
export const DASHBOARD_READ = 'analytics:dashboard:read';
