export {
  AddBed,
  addBedBodySchema,
  admissionCategorySchema,
  admissionReasonSchema,
  AdmitPatient,
  bedLabelSchema,
  bedServiceBodySchema,
  DefineWard,
  dischargeBodySchema,
  DischargePatient,
  RemoveBed,
  SetBedService,
  transferBodySchema,
  transferCategorySchema,
  TransferPatient,
  transferReasonSchema,
  wardCodeSchema,
} from './commands';
export type { AdmissionReason, TransferReason } from './commands';
export { bedServiceReasonSchema, dispositionSchema } from './schemas';
export type { BedServiceReason, Disposition } from './schemas';
export {
  ADT_EVENTS,
  BedAdded,
  BedDecommissioned,
  BedOccupied,
  BedRemoved,
  BedReturnedToService,
  BedTakenOutOfService,
  BedVacated,
  PatientAdmitted,
  PatientDischarged,
  PatientTransferred,
  WardCodeClaimed,
  WardDefined,
} from './events';
export {
  bedChangeSchema,
  bedStatusSchema,
  bedViewSchema,
  boardBedSchema,
  censusEntrySchema,
  censusSchema,
  GetCensus,
  GetWardBoard,
  ListWards,
  occupantSchema,
  stayViewSchema,
  wardBoardSchema,
  wardListSchema,
  wardSummarySchema,
  wardViewSchema,
} from './queries';
export type { BedChange, BoardBed, Census, CensusEntry, StayView, WardBoard, WardList, WardView } from './queries';
export { ADT_WRITE, CENSUS_READ, WARD_MANAGE, WARD_READ } from './permissions';
