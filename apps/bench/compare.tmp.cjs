const { bootKernel } = require('@hms/core');
const { patientPlugin } = require('@hms/plugin-patient');
const { openHospital, randomQuestion } = require('./dist/scheduling/hospital.js');
const { findFreeSlots } = require('./dist/scheduling/search.mode.js');
const { FREE_SLOTS_SQL, baselinePool } = require('./dist/scheduling/sql.mode.js');
const ISO = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };
(async () => {
  const url = process.env.DATABASE_URL;
  const kernel = await bootKernel({ installed: [patientPlugin], selection: 'all', database: { kind: 'server', url }, poolSize: 4 });
  const pool = baselinePool(url, 2);
  const h = await openHospital(kernel, 1, () => {});
  const stats = {};
  for (let i = 0; i < 300; i++) {
    const q = randomQuestion(h);
    const a = (await findFreeSlots(kernel, q)).items.map((s) => s.startsAt);
    const w = q.practitioner.weeklyAvailability;
    const r = await pool.query(FREE_SLOTS_SQL, [q.practitioner.id, q.from, q.to, q.type.durationMinutes, q.practitioner.timeZone, w.map((x) => ISO[x.dayOfWeek]), w.map((x) => x.start), w.map((x) => x.end), 500]);
    const b = r.rows.map((x) => x.starts_at.toISOString());
    const s = stats[q.type.code] ??= { n: 0, handler: 0, sql: 0, same: 0 };
    s.n++; s.handler += a.length; s.sql += b.length; if (JSON.stringify(a) === JSON.stringify(b)) s.same++; else if (!globalThis.shown && q.type.code === 'follow-up') { globalThis.shown = 1; console.log(q.practitioner.id, q.from, q.to, 'onlySql', b.filter((x) => !a.includes(x)).slice(0, 10), 'onlyHandler', a.filter((x) => !b.includes(x)).slice(0, 10)); }
  }
  console.log(stats);
  await pool.end(); await kernel.close();
})();
