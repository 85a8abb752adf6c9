import { ProgrammesSection } from './ProgrammesSection';
import './settings.css';
import { StaffSection } from './StaffSection';

/** The team's own lists: who works on what, and under which programme. */
export function StaffAndProgrammesSection() {
  return (
    <>
      <StaffSection />
      <ProgrammesSection />
    </>
  );
}
