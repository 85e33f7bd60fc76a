/**
 * Whether an account's `permissions` (from `GET /api/auth/me`) include `permission`; `'*'` (the admin role) holds
 * every one, and an empty `permission` means "any signed-in account".
 * @example
 * holds(['patient:ward:read'], 'patient:ward:read'); // true
 */
export function holds(permissions: readonly string[], permission: string): boolean {
  return permission === '' || permissions.includes('*') || permissions.includes(permission);
}
