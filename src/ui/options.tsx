/** @file Options page placeholder: says what will live here. No settings are stored yet. */
export function Options() {
  return (
    <main>
      <h1>Profile Coach options</h1>
      <p>Company guidelines, checklist thresholds and your stored data will be managed here.</p>
      <p>Profile Coach stores nothing yet, and nothing ever leaves your browser.</p>
    </main>
  );
}
