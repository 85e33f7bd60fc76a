/** One stream per order: `lab.order-<uuid>`. */
export const labOrderStream = (orderId: string): string => `lab.order-${orderId}`;
