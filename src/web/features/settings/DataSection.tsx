import { EXPORT_CSV_URL, EXPORT_JSON_URL } from './api.js';
import { ImportData } from './ImportData.js';

/** Plain links: the browser downloads with the session cookie, and nothing passes through app memory. */
export function DataSection() {
  return (
    <section className="card" aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p>Everything you write belongs to you. Take a copy whenever you like, to keep or to move elsewhere.</p>
      <ul className="download-list">
        <li>
          <a className="button button-secondary" href={EXPORT_JSON_URL} download>
            Download everything (JSON)
          </a>
          <span className="muted">Your profile, devices and every journal entry, in one file.</span>
        </li>
        <li>
          <a className="button button-secondary" href={EXPORT_CSV_URL} download>
            Download your journal (CSV)
          </a>
          <span className="muted">Opens in any spreadsheet app.</span>
        </li>
      </ul>
      <ImportData />
    </section>
  );
}
