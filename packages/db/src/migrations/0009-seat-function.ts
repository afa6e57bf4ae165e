import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../connection.ts';

/**
 * PostgreSQL only: a first enrolment decided inside the database in one call. The function
 * locks the cohort row, counts the seats taken with a fresh snapshot (each statement in a
 * PL/pgSQL function takes its own under READ COMMITTED), then seats or waitlists. The lock is
 * held for microseconds inside PostgreSQL instead of across several round trips through a busy
 * web server, which is what limited a burst of enrolments. SQLite needs none: one writer at a
 * time, and the statements of a transaction run without leaving the process.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`
    create or replace function destalk_seat_newcomer(p_id text, p_cohort text, p_user text, p_audience text, p_now text)
    returns table (status text, "waitlistPosition" integer)
    language plpgsql as $$
    declare
      v_cap integer;
      v_next integer;
      v_taken integer;
    begin
      select c."seatCap", c."nextWaitlistPosition" into v_cap, v_next from cohorts c where c.id = p_cohort for update;
      if not found then
        return;
      end if;
      select count(*) into v_taken from enrolments e where e."cohortId" = p_cohort and e.status in ('seated', 'completed');
      if v_taken < v_cap then
        insert into enrolments (id, "cohortId", "userId", status, "waitlistPosition", audience, "requestedAt", "seatedAt")
        values (p_id, p_cohort, p_user, 'seated', null, p_audience, p_now, p_now);
        return query select 'seated'::text, null::integer;
      else
        update cohorts set "nextWaitlistPosition" = v_next + 1 where id = p_cohort;
        insert into enrolments (id, "cohortId", "userId", status, "waitlistPosition", audience, "requestedAt", "seatedAt")
        values (p_id, p_cohort, p_user, 'waitlisted', v_next, p_audience, p_now, null);
        return query select 'waitlisted'::text, v_next;
      end if;
    end
    $$`.execute(db);
}
