export function StaffAndProgrammesSection() {
  return null;
}
