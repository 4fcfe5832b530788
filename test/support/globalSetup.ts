// Gives each jest run an id, so tests share one production build within a run and never reuse an old one.
export default function globalSetup(): void {
  process.env.DUBAN_TEST_RUN = `${Date.now()}-${process.pid}`;
}
