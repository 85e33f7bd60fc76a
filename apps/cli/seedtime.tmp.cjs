require('reflect-metadata');
const { bootKernel, seedPlugins } = require('/work/main/core/dist/index.js');
const { INSTALLED_PLUGINS } = require('/work/main/apps/api/dist/index.js');
(async () => {
  const size = Number(process.argv[2] ?? 60);
  const database = process.argv[3] ? { kind: 'server', url: process.argv[3] } : { kind: 'embedded', dataDir: '/tmp/seed-pglite-' + Date.now() };
  const t0 = performance.now();
  const kernel = await bootKernel({ installed: INSTALLED_PLUGINS, selection: 'all', database, poolSize: 4 });
  const t1 = performance.now();
  const r = await seedPlugins(kernel, { size, onlyWhenEmpty: true, onProgress: (p, m) => console.log(((performance.now()-t1)/1000).toFixed(1), p, m) });
  console.log(r, 'boot', Math.round(t1 - t0), 'ms seed', Math.round(performance.now() - t1), 'ms');
  console.log(await kernel.db.query("SELECT status, count(*) FROM patient.appointments GROUP BY 1"));
  await kernel.close();
})().catch((e) => { console.error(e); process.exit(1); });
