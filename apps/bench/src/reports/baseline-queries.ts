/**
 * The practical limit each report is measured against: one hand-written SQL statement computing the same figures
 * from the same analytics read models (UTC days, no filters), in one round trip, with no application code around
 * it. Parameters: $1 first day, $2 last day (dates), $3 now.
 */
export const BASELINE_SQL: Readonly<Record<string, string>> = {
  'analytics.patient-outcomes': `
    WITH p AS (SELECT $1::date::timestamptz AS s, ($2::date + 1)::timestamptz AS e),
    d AS (SELECT st.* FROM analytics.stays st, p WHERE st.discharged_at >= p.s AND st.discharged_at < p.e)
    SELECT 'los' AS k, NULL AS g, json_build_object(
             'stays', count(*), 'avg', avg(extract(epoch FROM discharged_at - admitted_at)) / 86400,
             'median', percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM discharged_at - admitted_at)) / 86400,
             'sameDay', count(*) FILTER (WHERE discharged_at::date = admitted_at::date)) AS v FROM d
    UNION ALL
    SELECT 'open', NULL, to_json(count(*)) FROM analytics.stays st, p WHERE st.admitted_at < p.e AND (st.discharged_at IS NULL OR st.discharged_at >= p.e)
    UNION ALL
    SELECT 'readmitted', NULL, json_build_object('index', count(*), 'readmitted', count(*) FILTER (WHERE EXISTS (
             SELECT 1 FROM analytics.stays n
              WHERE n.patient_id = ANY (ARRAY(SELECT person.id UNION ALL SELECT m.merged_id FROM analytics.patient_merges m WHERE m.survivor_id = person.id))
                AND n.admitted_at > d.discharged_at AND n.admitted_at <= d.discharged_at + interval '30 days')),
             'open', count(*) FILTER (WHERE d.discharged_at + interval '30 days' > $3::timestamptz))
      FROM d CROSS JOIN LATERAL (SELECT coalesce((SELECT m.survivor_id FROM analytics.patient_merges m WHERE m.merged_id = d.patient_id), d.patient_id) AS id) person
     WHERE d.disposition NOT IN ('deceased', 'transfer-to-other-facility')
    UNION ALL
    SELECT 'disposition', disposition, to_json(count(*)) FROM d GROUP BY disposition
    UNION ALL
    SELECT 'admissions', to_char(date_trunc('week', admitted_at), 'YYYY-MM-DD'), to_json(count(*))
      FROM analytics.stays st, p WHERE st.admitted_at >= p.s AND st.admitted_at < p.e GROUP BY 2
    UNION ALL
    SELECT 'visits', to_char(date_trunc('week', starts_at), 'YYYY-MM-DD'), to_json(count(*))
      FROM analytics.appointments a, p WHERE a.starts_at >= p.s AND a.starts_at < p.e AND a.status IN ('completed', 'checked-in') GROUP BY 2`,

  'analytics.resource-utilisation': `
    WITH days AS (
      SELECT d::date AS day, d AS ds, least(d + interval '1 day', $3::timestamptz) AS de
        FROM generate_series($1::date::timestamptz, $2::date::timestamptz, interval '1 day') d WHERE d < $3::timestamptz
    ), occ AS (
      SELECT g.ward_id, days.day, sum(extract(epoch FROM least(coalesce(g.to_at, $3::timestamptz), days.de) - greatest(g.from_at, days.ds))) AS secs
        FROM analytics.stay_segments g JOIN days ON g.from_at < days.de AND coalesce(g.to_at, $3::timestamptz) > days.ds GROUP BY 1, 2
    ), cap AS (
      SELECT b.ward_id, days.day, sum(extract(epoch FROM least(coalesce(b.to_at, $3::timestamptz), days.de) - greatest(b.from_at, days.ds))) AS secs
        FROM analytics.bed_periods b JOIN days ON b.from_at < days.de AND coalesce(b.to_at, $3::timestamptz) > days.ds GROUP BY 1, 2
    ), offered AS (
      SELECT s.practitioner_id, sum((split_part(w->>'end', ':', 1)::int * 60 + split_part(w->>'end', ':', 2)::int)
                                   - (split_part(w->>'start', ':', 1)::int * 60 + split_part(w->>'start', ':', 2)::int)) AS minutes
        FROM analytics.schedules s CROSS JOIN generate_series($1::date, $2::date, interval '1 day') d
        CROSS JOIN jsonb_array_elements(s.weekly_availability) w
       WHERE w->>'dayOfWeek' = lower(trim(to_char(d, 'Day')))
         AND NOT EXISTS (SELECT 1 FROM analytics.schedule_exceptions x WHERE x.practitioner_id = s.practitioner_id AND d::date BETWEEN x.from_day AND x.to_day)
       GROUP BY 1
    ), booked AS (
      SELECT practitioner_id, sum(extract(epoch FROM ends_at - starts_at)) FILTER (WHERE status <> 'cancelled') / 60 AS minutes,
             count(*) FILTER (WHERE status = 'no-show') AS no_shows, count(*) FILTER (WHERE status IN ('completed', 'checked-in', 'no-show')) AS resolved
        FROM analytics.appointments WHERE starts_at >= $1::date::timestamptz AND starts_at < ($2::date + 1)::timestamptz GROUP BY 1
    )
    SELECT 'occupancy' AS k, w.code || ' ' || days.day AS g, json_build_object('occupied', o.secs, 'available', c.secs) AS v
      FROM analytics.wards w CROSS JOIN days LEFT JOIN occ o ON o.ward_id = w.ward_id AND o.day = days.day
      LEFT JOIN cap c ON c.ward_id = w.ward_id AND c.day = days.day
    UNION ALL
    SELECT 'clinic', f.practitioner_id::text, json_build_object('offered', f.minutes, 'booked', b.minutes, 'noShows', b.no_shows, 'resolved', b.resolved)
      FROM offered f LEFT JOIN booked b USING (practitioner_id)`,
};
