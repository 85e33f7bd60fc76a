import type { operations } from './schema';

/** Types of the API's answers and bodies, taken from the generated schema (never written by hand). */
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type BodyOf<O extends keyof operations> = operations[O] extends { requestBody?: infer R }
  ? JsonOf<NonNullable<R>>
  : never;

export type AppointmentView = JsonOf<operations['getAppointmentsById']['responses'][200]>;
export type ScheduleView = JsonOf<operations['getSchedulesByPractitionerId']['responses'][200]>;
export type FreeSlot = JsonOf<operations['getSchedulesByPractitionerIdSlots']['responses'][200]>['items'][number];
export type BookAppointmentBody = BodyOf<'postAppointments'>;
export type CancelReason = BodyOf<'postAppointmentsByIdCancel'>['reason'];
export type WardSummary = JsonOf<operations['getWards']['responses'][200]>['items'][number];
export type WardBoard = JsonOf<operations['getWardsByWardIdBoard']['responses'][200]>;
export type BoardBed = WardBoard['beds'][number];
export type AdmitBody = BodyOf<'postAdmissions'>;
export type TransferBody = BodyOf<'postAdmissionsByPatientIdTransfer'>;
export type DischargeBody = BodyOf<'postAdmissionsByPatientIdDischarge'>;
export type ReportSummary = JsonOf<operations['getReports']['responses'][200]>['items'][number];
export type ReportRun = JsonOf<operations['getReportsRunsById']['responses'][200]>;
export type ChartAnswer = JsonOf<operations['getChartsByPatientId']['responses'][200]>;
export type RecordProblemBody = BodyOf<'postChartsByPatientIdProblems'>;
export type RecordAllergyBody = BodyOf<'postChartsByPatientIdAllergies'>;
export type AllergyStatusBody = BodyOf<'postChartsByPatientIdAllergiesByAllergyIdStatus'>;
export type PrescribeBody = BodyOf<'postChartsByPatientIdMedications'>;
export type ChangeMedicationBody = BodyOf<'postChartsByPatientIdMedicationsByMedicationIdChange'>;
export type StopMedicationBody = BodyOf<'postChartsByPatientIdMedicationsByMedicationIdStop'>;
export type RecordObservationBody = BodyOf<'postChartsByPatientIdObservations'>;
export type StartPlanBody = BodyOf<'postChartsByPatientIdPlans'>;
export type PlanProgressBody = BodyOf<'postChartsByPatientIdPlansByPlanIdProgress'>;
export type LoincCode = JsonOf<operations['getTerminologyLoinc']['responses'][200]>['items'][number];
export type Icd10Code = JsonOf<operations['getTerminologyIcd10']['responses'][200]>['items'][number];
export type Timeline = JsonOf<operations['getPatientsByIdTimeline']['responses'][200]>;
export type TimelineEntry = Timeline['entries'][number];
export type Dashboard = JsonOf<operations['getAnalyticsDashboard']['responses'][200]>;
export type StockItem = JsonOf<operations['getInventoryItems']['responses'][200]>['items'][number];
export type StockItemView = JsonOf<operations['getInventoryItemsByItemId']['responses'][200]>;
export type StockAtLocation = StockItemView['stock'][number];
export type StockLot = StockAtLocation['lots'][number];
export type StockMovement = StockItemView['movements'][number];
export type StoreLocation = JsonOf<operations['getInventoryLocations']['responses'][200]>['items'][number];
export type LowStockRow = JsonOf<operations['getInventoryLowStock']['responses'][200]>['items'][number];
export type ExpiringLot = JsonOf<operations['getInventoryExpiring']['responses'][200]>['items'][number];
export type PurchaseOrderSummary = JsonOf<operations['getInventoryOrders']['responses'][200]>['items'][number];
export type PurchaseOrderView = JsonOf<operations['getInventoryOrdersByOrderId']['responses'][200]>;
export type ReceiptBody = BodyOf<'postInventoryReceipts'>;
export type IssueBody = BodyOf<'postInventoryIssues'>;
export type TransferStockBody = BodyOf<'postInventoryTransfers'>;
export type CountBody = BodyOf<'postInventoryCounts'>;
export type WriteOffBody = BodyOf<'postInventoryWriteOffs'>;
export type ReorderLevelBody = BodyOf<'putInventoryItemsByItemIdLocationsByLocationIdReorderLevel'>;
export type RaiseOrderBody = BodyOf<'postInventoryOrders'>;
export type DeliveryBody = BodyOf<'postInventoryOrdersByOrderIdDeliveries'>;
