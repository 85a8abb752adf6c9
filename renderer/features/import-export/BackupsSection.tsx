export function BackupsSection() {
  return null;
}
