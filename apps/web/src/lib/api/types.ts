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
export type EmployeeSummary = JsonOf<operations['getStaffEmployees']['responses'][200]>['items'][number];
export type EmployeeView = JsonOf<operations['getStaffEmployeesByEmployeeId']['responses'][200]>;
export type HireBody = BodyOf<'postStaffEmployees'>;
export type LicenceAlert = JsonOf<operations['getStaffLicenceAlerts']['responses'][200]>['items'][number];
export type LeaveRequestView = JsonOf<operations['getStaffLeave']['responses'][200]>['items'][number];
export type LeaveOverview = JsonOf<operations['getStaffEmployeesByEmployeeIdLeave']['responses'][200]>;
export type RequestLeaveBody = BodyOf<'postStaffEmployeesByEmployeeIdLeave'>;
export type PublishedRoster = JsonOf<operations['getStaffRosters']['responses'][200]>['items'][number];
export type RosterProposal = JsonOf<operations['getStaffWardsByWardIdRosterProposal']['responses'][200]>;
export type Attendance = JsonOf<operations['getStaffEmployeesByEmployeeIdAttendance']['responses'][200]>;
export type OwnPayslip = JsonOf<operations['getStaffEmployeesByEmployeeIdPayslips']['responses'][200]>['items'][number];
export type WardAttendance = JsonOf<operations['getStaffWardsByWardIdAttendance']['responses'][200]>;
export type DepartmentView = JsonOf<operations['getStaffDepartments']['responses'][200]>['items'][number];
export type ReviewView = JsonOf<operations['getStaffReviews']['responses'][200]>['items'][number];
export type BillingService = JsonOf<operations['getBillingServices']['responses'][200]>['services'][number];
export type PriceList = JsonOf<operations['getBillingPriceLists']['responses'][200]>['priceLists'][number];
export type BillingAccount = JsonOf<operations['getBillingAccountsByPatientId']['responses'][200]>;
export type BillingCharge = BillingAccount['charges'][number];
export type BillingInvoice = BillingAccount['invoices'][number];
export type BillingPayment = BillingAccount['payments'][number];
export type InvoiceSummary = JsonOf<operations['getBillingInvoices']['responses'][200]>['invoices'][number];
export type DefineServiceBody = BodyOf<'postBillingServices'>;
export type SetPriceBody = BodyOf<'postBillingPriceListsByPriceListIdPrices'>;
export type ReceivePaymentBody = BodyOf<'postBillingAccountsByPatientIdPayments'>;
export type RefundBody = BodyOf<'postBillingAccountsByPatientIdRefunds'>;
export type RegisterCoverageBody = BodyOf<'postBillingAccountsByPatientIdCoverages'>;
export type ClaimSummary = JsonOf<operations['getBillingClaims']['responses'][200]>['claims'][number];
export type ClaimDetail = JsonOf<operations['getBillingClaimsByClaimId']['responses'][200]>;
export type AppealClaimBody = BodyOf<'postBillingClaimsByClaimIdAppeal'>;
export type ResubmitClaimBody = BodyOf<'postBillingClaimsByClaimIdResubmit'>;
export type PayRunSummary = JsonOf<operations['getStaffPayRuns']['responses'][200]>['items'][number];
export type PayRunView = JsonOf<operations['getStaffPayRunsByPayGroupByFromByTo']['responses'][200]>;
export type TrainingCompliance = JsonOf<operations['getStaffTrainingCompliance']['responses'][200]>['items'][number];
export type AssetSummary = JsonOf<operations['getInventoryEquipment']['responses'][200]>['items'][number];
export type AssetView = JsonOf<operations['getInventoryEquipmentByAssetId']['responses'][200]>;
// Inventory 1.5: suppliers' prices, stock value, consumption, calibration and parts.
export type SupplierSummary = JsonOf<operations['getInventorySuppliers']['responses'][200]>['items'][number];
export type SupplierDetail = JsonOf<operations['getInventorySuppliersBySupplierId']['responses'][200]>;
export type StockValueView = JsonOf<operations['getInventoryStockValue']['responses'][200]>;
export type ConsumptionView = JsonOf<operations['getInventoryConsumption']['responses'][200]>;
export type AssetMaintenanceRecord = JsonOf<
  operations['getInventoryEquipmentByAssetIdMaintenanceRecord']['responses'][200]
>;
export type Money = SupplierDetail['prices'][number]['unitPrice'];
export type ItemCostsView = JsonOf<operations['getInventoryItemsByItemIdCosts']['responses'][200]>;
export type ServiceMargin = JsonOf<operations['getBillingServicesByServiceCodeMargin']['responses'][200]>;
// Inventory 1.4 and EHR 1.7: the pharmacy and the ward's administration record.
export type PharmacyPrescription = JsonOf<
  operations['getInventoryPharmacyWorklist']['responses'][200]
>['items'][number];
export type DispensingView = JsonOf<operations['getInventoryPharmacyPrescriptionsByPrescriptionId']['responses'][200]>;
export type DispenseView = DispensingView['dispenses'][number];
export type DispenseBody = BodyOf<'postInventoryPharmacyPrescriptionsByPrescriptionIdDispenses'>;
export type ReturnDispensedBody = BodyOf<'postInventoryPharmacyPrescriptionsByPrescriptionIdReturns'>;
export type AdministrationRecord = JsonOf<operations['getChartsByPatientIdAdministrations']['responses'][200]>;
export type AdministeredMedication = AdministrationRecord['medications'][number];
export type RecordAdministrationBody = BodyOf<'postChartsByPatientIdAdministrations'>;
