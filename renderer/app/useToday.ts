import { useEffect, useState } from 'react';
import { localIsoDate } from '../../shared/domain/common';

/** Milliseconds from `now` to the next local midnight (a DST day is 23 or 25 hours long). */
export function msUntilNextMidnight(now: Date): number {
  const nextMidnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return nextMidnight.getTime() - now.getTime();
}

/**
 * The user's calendar day (YYYY-MM-DD), moving on at local midnight: a dashboard or a to-do
 * list left open overnight must not keep showing yesterday's overdue state.
 */
export function useToday(): string {
  const [today, setToday] = useState(() => localIsoDate());

  useEffect(function turnAtMidnight() {
    let timer: ReturnType<typeof setTimeout>;
    // Re-armed after every firing: a timer that fires a little early (or late, after sleep)
    // just reads the date again and waits for the next midnight.
    const arm = () => {
      timer = setTimeout(() => {
        setToday(localIsoDate());
        arm();
      }, msUntilNextMidnight(new Date()));
    };
    arm();
    return () => clearTimeout(timer);
  }, []);

  return today;
}
