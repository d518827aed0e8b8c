// Node tests get an in-memory IndexedDB, so repositories run as they do in the app.
import 'fake-indexeddb/auto';
