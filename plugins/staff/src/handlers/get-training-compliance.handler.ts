import { handleQuery } from '@hms/sdk';
import { EMPLOYEE_READ } from '../contracts/permissions';
import { GetTrainingCompliance, type TrainingComplianceList } from '../contracts/queries';
import { trainingCompliance, type CourseRequirement } from '../domain/training/training-compliance';
import { hospitalToday, staffRules } from '../options';

interface PersonRow {
  id: string;
  name: string;
  position: string;
  completions: { courseCode: string; completedOn: string }[];
}

/**
 * Each current employee's mandatory courses for their position, from the rules and their completions, as of
 * today: those with none mandatory are left out. Three statements, however many people.
 */
export const getTrainingComplianceHandler = handleQuery(GetTrainingCompliance, {
  permission: EMPLOYEE_READ,
  async handle({ departmentId }, ctx): Promise<TrainingComplianceList> {
    const rules = await ctx.sql.query<{
      course_code: string;
      valid_for_months: number | null;
      mandatory_for: string[];
    }>(`SELECT course_code, valid_for_months, mandatory_for FROM staff.mandatory_training ORDER BY course_code`);
    const requirements: CourseRequirement[] = rules.map((r) => ({
      courseCode: r.course_code,
      validForMonths: r.valid_for_months,
      mandatoryFor: r.mandatory_for,
    }));
    const people = await ctx.sql.query<PersonRow>(
      `SELECT e.id, e.given_name || ' ' || e.family_name AS name, e.position,
              coalesce((SELECT jsonb_agg(jsonb_build_object('courseCode', c.course_code,
                          'completedOn', to_char(c.completed_on, 'YYYY-MM-DD')))
                          FROM staff.training_completions c WHERE c.employee_id = e.id), '[]') AS completions
         FROM staff.employees e
        WHERE e.status = 'employed' AND ($1::uuid IS NULL OR e.department_id = $1)
        ORDER BY lower(e.family_name), lower(e.given_name), e.id`,
      [departmentId ?? null],
    );
    const today = hospitalToday(ctx.now, staffRules(ctx.options));
    return {
      items: people.flatMap((p) => {
        const courses = trainingCompliance(requirements, p.completions, p.position, today);
        return courses.length === 0 ? [] : [{ employeeId: p.id, name: p.name, position: p.position, courses }];
      }),
    };
  },
});
