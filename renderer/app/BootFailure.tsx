// Shown when starting the app itself fails (before translations may exist): both languages, no details
// beyond the error's name, and a way to try again. The data is not touched.
export function BootFailure({ error }: { error: unknown }) {
  const name = error instanceof Error ? error.name : 'Error';
  return (
    <main
      role="alert"
      style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 560, margin: '15vh auto', padding: 24, lineHeight: 1.5 }}
    >
      <h1 style={{ fontSize: 22 }}>Nie udało się uruchomić aplikacji</h1>
      <p>Twoje dane nie zostały zmienione. Uruchom aplikację ponownie; jeśli problem wróci, zgłoś go do działu IT.</p>
      <p lang="en">
        The app could not start. Your data has not been changed. Start the app again; if this happens again, tell your
        IT department.
      </p>
      <p style={{ color: '#666', fontSize: 13 }}>{name}</p>
      <button type="button" onClick={() => window.location.reload()}>
        Uruchom ponownie / Restart
      </button>
    </main>
  );
}
