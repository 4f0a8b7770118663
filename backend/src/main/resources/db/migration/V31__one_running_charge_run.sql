-- Issue 17: a month's charge run never runs twice at once, whichever instance starts it (two instances fire the
-- monthly schedule at the same moment; okonomi may press "start" on another). Checked by the database, not by a
-- read before the insert. Older duplicates still marked RUNNING (a stalled run beside a newer one) are failed first.
UPDATE charge_run SET state = 'FAILED', finished_at = now(),
                      error = 'Stoppet: en nyere kjøring for samme måned ble startet.'
WHERE state = 'RUNNING'
  AND id NOT IN (SELECT DISTINCT ON (period) id FROM charge_run WHERE state = 'RUNNING' ORDER BY period, started_at DESC);

CREATE UNIQUE INDEX charge_run_one_running ON charge_run (period) WHERE state = 'RUNNING';
