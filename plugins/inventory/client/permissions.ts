// The server's permission names this client part checks (the inventory plugin declares them).
export const STOCK_READ = 'inventory:stock:read';
export const STOCK_MOVE = 'inventory:stock:move';
export const CATALOGUE_MANAGE = 'inventory:catalogue:manage';
export const ORDER_MANAGE = 'inventory:order:manage';
export const EQUIPMENT_READ = 'inventory:equipment:read';
export const EQUIPMENT_MANAGE = 'inventory:equipment:manage';
export const MAINTENANCE_RECORD = 'inventory:maintenance:record';
export const PRESCRIPTION_DISPENSE = 'inventory:prescription:dispense';
