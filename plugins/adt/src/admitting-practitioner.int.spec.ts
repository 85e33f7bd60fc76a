import { createTestKernel, type TestKernel } from '@hms/sdk/testing';
import { patientPlugin } from '@hms/plugin-patient';
import { RegisterPatient } from '@hms/plugin-patient/contracts';
import { staffPlugin } from '@hms/plugin-staff';
import { HireEmployee } from '@hms/plugin-staff/contracts';
import { registration } from '../test/builders';
import { AdmitPatient, DefineWard } from './contracts/commands';
import { CENSUS_READ } from './contracts/permissions';
import { GetWardBoard } from './contracts/queries';
import { adtPlugin } from './plugin';

const UNKNOWN_TO_STAFF = 'locum-0042';

/** The bed board names who admitted each patient through staff's directory, and falls back to the id. */
describe('the admitting practitioner on the bed board, with staff enabled', () => {
  let kernel: TestKernel;
  let wardId = '';
  let doctor = '';

  beforeAll(async () => {
    kernel = await createTestKernel({
      plugins: [patientPlugin, staffPlugin, adtPlugin],
      now: '2027-03-01T09:00:00.000Z',
    });
    ({ id: doctor } = await kernel.execute(HireEmployee, {
      givenName: 'Invented',
      familyName: 'Consultant',
      workEmail: 'invented.consultant@hospital.test',
      departmentId: '00000000-0000-4000-8000-0000000000d1',
      position: 'Consultant physician',
      staffNumber: 'D001',
      firstTerm: {
        from: '2020-01-01',
        to: null,
        type: 'permanent',
        fte: 1,
        fullTimeWeeklyHours: 40,
        payGrade: 'C1',
        annualSalary: { amount: 9_000_000, currency: 'EUR' },
      },
    }));
    const ward = await kernel.execute(DefineWard, {
      code: 'AMU',
      name: 'Acute medical unit',
      specialty: 'Medicine',
      beds: ['1', '2', '3'],
    });
    wardId = ward.id;
    const admit = async (label: string, familyName: string, birthDate: string, admittingPractitionerId?: string) => {
      const patient = await kernel.execute(RegisterPatient, registration({ familyName, birthDate }));
      await kernel.execute(AdmitPatient, {
        patientId: patient.id,
        wardId,
        bedId: ward.beds.find((b) => b.label === label)!.id,
        reason: { category: 'emergency', code: 'R07.4', text: 'Chest pain' },
        ...(admittingPractitionerId ? { admittingPractitionerId } : {}),
      });
    };
    await admit('1', 'Example', '1950-01-02', doctor);
    await admit('2', 'Sample', '1950-01-03', UNKNOWN_TO_STAFF);
    await admit('3', 'Specimen', '1950-01-04');
  });
  afterAll(async () => kernel?.close());

  const admittedBy = (board: Awaited<ReturnType<TestKernel['ask']>>, label: string) =>
    (board as { beds: { label: string; occupant?: { admittingPractitioner?: unknown } }[] }).beds.find(
      (b) => b.label === label,
    )?.occupant?.admittingPractitioner;

  it("shows the practitioner's name and position from staff, the id of one staff does not know, and nothing when none was recorded", async () => {
    const board = await kernel.ask(GetWardBoard, { wardId });
    expect(admittedBy(board, '1')).toEqual({
      id: doctor,
      name: 'Invented Consultant',
      position: 'Consultant physician',
    });
    expect(admittedBy(board, '2')).toEqual({ id: UNKNOWN_TO_STAFF, name: null, position: null });
    expect(admittedBy(board, '3')).toBeUndefined();
  });

  it("shows only the id to a user who may not read staff's directory, instead of refusing the board", async () => {
    const board = await kernel.ask(GetWardBoard, { wardId }, { permissions: [CENSUS_READ.name] });
    expect(admittedBy(board, '1')).toEqual({ id: doctor, name: null, position: null });
  });
});
