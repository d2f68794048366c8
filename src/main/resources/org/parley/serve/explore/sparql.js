// A SPARQL 1.1 protocol client for SELECT queries with JSON results, with a time limit and readable errors.

/** An error of the endpoint, with a message meant for the user. */
export class SparqlError extends Error {
  constructor(message, detail) {
    super(message);
    this.name = 'SparqlError';
    this.detail = detail || '';
  }
}

export class Sparql {
  /**
   * @param {string} endpoint the query endpoint's URL
   * @param {number} timeoutMs how long a query may take before it is abandoned
   */
  constructor(endpoint, timeoutMs = 20000) {
    this.endpoint = endpoint;
    this.timeoutMs = timeoutMs;
  }

  /** Runs a SELECT query; resolves to the list of solutions, each {var: {type, value, datatype?, 'xml:lang'?}}. */
  async select(query, signal) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), this.timeoutMs);
    const onAbort = () => controller.abort(signal.reason);
    if (signal) {
      if (signal.aborted) controller.abort(signal.reason);
      else signal.addEventListener('abort', onAbort, { once: true });
    }
    let response;
    try {
      response = await fetch(this.endpoint, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
          'Accept': 'application/sparql-results+json',
        },
        body: new URLSearchParams({ query }).toString(),
        signal: controller.signal,
        credentials: 'omit',
      });
    } catch (e) {
      if (signal && signal.aborted) throw e;
      if (controller.signal.aborted) {
        throw new SparqlError(`The SPARQL endpoint did not answer within ${Math.round(this.timeoutMs / 1000)} s.`);
      }
      throw new SparqlError(`Cannot reach the SPARQL endpoint ${this.endpoint} (is the server running, and does it allow cross-origin reads?).`, String(e));
    } finally {
      clearTimeout(timer);
      if (signal) signal.removeEventListener('abort', onAbort);
    }
    if (!response.ok) {
      let text = '';
      try { text = (await response.text()).trim(); } catch (e) { /* no body */ }
      const first = text.split('\n').find((l) => l.trim()) || response.statusText;
      throw new SparqlError(`The SPARQL endpoint answered ${response.status}: ${first.slice(0, 300)}`, text);
    }
    let json;
    try {
      json = await response.json();
    } catch (e) {
      throw new SparqlError(`The SPARQL endpoint ${this.endpoint} did not send SPARQL JSON results.`, String(e));
    }
    if (!json || !json.results || !Array.isArray(json.results.bindings)) {
      throw new SparqlError(`The SPARQL endpoint ${this.endpoint} did not send SPARQL JSON results.`);
    }
    return json.results.bindings;
  }
}

/** The value of a variable of a solution, or undefined. */
export function v(row, name) {
  const b = row[name];
  return b ? b.value : undefined;
}

/** The integer value of a variable, or undefined. */
export function n(row, name) {
  const b = row[name];
  if (!b) return undefined;
  const x = Number.parseInt(b.value, 10);
  return Number.isFinite(x) ? x : undefined;
}
