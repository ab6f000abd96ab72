// Tasklist's "Documents" tab (docs/documents.md): the documents of the task's case, each a download, and a form to
// add one of the kinds this person may add to it. The server decides everything (who reads, who adds which kind,
// type and size) through /api/documents; this tab only shows its answers, its refusals included. Texts are set with
// textContent, never as HTML.
import { language } from '../../acollida/webapp-config.js';

const TEXTS = {
  en: {
    tab: 'Documents',
    loading: 'Reading the documents…',
    none: 'No documents yet.',
    noCase: 'This task belongs to no case, so it has no documents.',
    notShown: 'The documents of this case are not shown to you.',
    readError: 'The documents could not be read: ',
    kind: 'Kind', file: 'File', size: 'Size', addedBy: 'Added by', addedAt: 'Added on',
    add: 'Add a document',
    kindLabel: 'Kind of document',
    fileLabel: 'File (PDF, PNG or JPEG, at most 5 MB)',
    upload: 'Upload',
    chooseFile: 'Choose a file first.',
    added: 'Document added.',
    refused: 'Not added: ',
    kinds: {
      signedAgreement: 'Signed agreement', meetingMinutes: 'Meeting minutes', familyConsent: 'Family\u2019s consent',
      justification: 'Justification', receipt: 'Receipt'
    }
  },
  es: {
    tab: 'Documentos',
    loading: 'Leyendo los documentos…',
    none: 'Todavía no hay documentos.',
    noCase: 'Esta tarea no pertenece a ningún expediente, así que no tiene documentos.',
    notShown: 'Los documentos de este expediente no se le muestran.',
    readError: 'No se han podido leer los documentos: ',
    kind: 'Tipo', file: 'Archivo', size: 'Tamaño', addedBy: 'Añadido por', addedAt: 'Fecha',
    add: 'Añadir un documento',
    kindLabel: 'Tipo de documento',
    fileLabel: 'Archivo (PDF, PNG o JPEG, 5 MB como máximo)',
    upload: 'Subir',
    chooseFile: 'Elija antes un archivo.',
    added: 'Documento añadido.',
    refused: 'No se ha añadido: ',
    kinds: {
      signedAgreement: 'Convenio firmado', meetingMinutes: 'Acta de la reunión',
      familyConsent: 'Consentimiento de la familia', justification: 'Justificación', receipt: 'Recibo'
    }
  },
  ca: {
    tab: 'Documents',
    loading: 'S\u2019estan llegint els documents…',
    none: 'Encara no hi ha documents.',
    noCase: 'Aquesta tasca no pertany a cap expedient, així que no té documents.',
    notShown: 'Els documents d\u2019aquest expedient no se us mostren.',
    readError: 'No s\u2019han pogut llegir els documents: ',
    kind: 'Tipus', file: 'Fitxer', size: 'Mida', addedBy: 'Afegit per', addedAt: 'Data',
    add: 'Afegir un document',
    kindLabel: 'Tipus de document',
    fileLabel: 'Fitxer (PDF, PNG o JPEG, 5 MB com a màxim)',
    upload: 'Pujar',
    chooseFile: 'Trieu abans un fitxer.',
    added: 'Document afegit.',
    refused: 'No s\u2019ha afegit: ',
    kinds: {
      signedAgreement: 'Conveni signat', meetingMinutes: 'Acta de la reunió',
      familyConsent: 'Consentiment de la família', justification: 'Justificació', receipt: 'Rebut'
    }
  }
};
const T = TEXTS[language] || TEXTS.en;
const API = '/api/documents';

function element(tag, attributes = {}, text) {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  if (text !== undefined) created.textContent = text;
  return created;
}

function kindLabel(kind) {
  return T.kinds[kind] || kind;
}

function sizeText(bytes) {
  if (bytes === null || bytes === undefined) return '';
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB`
    : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The server's refusal as a person reads it: its message, else the HTTP status. */
async function problem(response) {
  try {
    const body = await response.json();
    if (body && body.message) return body.message;
  } catch (ignored) {
    // not JSON: the status says enough
  }
  return `HTTP ${response.status}`;
}

/** The session's CSRF token, as Tasklist's own requests send it. */
function csrfToken(api) {
  const cookie = document.cookie.split('; ').find((pair) => pair.startsWith('XSRF-TOKEN='));
  return api.CSRFToken || (cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '');
}

function table(documents) {
  const list = element('table', { class: 'table table-condensed acollida-documents' });
  const head = list.appendChild(element('thead')).appendChild(element('tr'));
  for (const column of [T.kind, T.file, T.size, T.addedBy, T.addedAt]) head.appendChild(element('th', {}, column));
  const body = list.appendChild(element('tbody'));
  for (const item of documents) {
    const row = body.appendChild(element('tr', { 'data-document-kind': item.kind }));
    row.appendChild(element('td', {}, kindLabel(item.kind)));
    const link = element('a', { href: item.contentPath, download: item.name }, item.name);
    row.appendChild(element('td')).appendChild(link);
    row.appendChild(element('td', {}, sizeText(item.size)));
    row.appendChild(element('td', {}, item.addedBy || ''));
    // dd/mm/yyyy like the rest of the webapps (acollida/webapp-config.js), English included
    row.appendChild(element('td', {}, new Date(item.addedAt).toLocaleString(language === 'en' ? 'en-GB' : language)));
  }
  return list;
}

function uploadForm(api, processInstanceId, kinds, status, reload) {
  const form = element('form', { class: 'acollida-document-upload' });
  form.appendChild(element('h4', {}, T.add));
  const kindId = `acollida-document-kind-${processInstanceId}`;
  const fileId = `acollida-document-file-${processInstanceId}`;
  const kindGroup = form.appendChild(element('div', { class: 'form-group' }));
  kindGroup.appendChild(element('label', { for: kindId }, T.kindLabel));
  const select = kindGroup.appendChild(element('select', { id: kindId, name: 'kind', class: 'form-control' }));
  for (const kind of kinds) select.appendChild(element('option', { value: kind }, kindLabel(kind)));
  const fileGroup = form.appendChild(element('div', { class: 'form-group' }));
  fileGroup.appendChild(element('label', { for: fileId }, T.fileLabel));
  const input = fileGroup.appendChild(element('input', {
    id: fileId, name: 'file', type: 'file', class: 'form-control',
    accept: '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg'
  }));
  const button = form.appendChild(element('button', { type: 'submit', class: 'btn btn-default' }, T.upload));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!input.files.length) {
      status.show(T.chooseFile, true);
      return;
    }
    const data = new FormData();
    data.append('processInstanceId', processInstanceId);
    data.append('kind', select.value);
    data.append('file', input.files[0]);
    button.disabled = true;
    try {
      const response = await fetch(API, {
        method: 'POST', body: data, credentials: 'same-origin',
        headers: { 'X-XSRF-TOKEN': csrfToken(api), Accept: 'application/json' }
      });
      if (response.status === 201) {
        input.value = '';
        await reload();
        status.show(T.added, false);
      } else {
        status.show(T.refused + await problem(response), true);
      }
    } catch (failed) {
      status.show(T.refused + failed.message, true);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

function statusLine() {
  const line = element('p', { class: 'acollida-document-status', role: 'status' });
  return {
    node: line,
    show(text, isError) {
      line.textContent = text;
      line.setAttribute('role', isError ? 'alert' : 'status');
      line.className = `acollida-document-status ${isError ? 'text-danger' : 'text-success'}`;
    }
  };
}

async function render(node, { api, taskId }) {
  node.replaceChildren(element('p', {}, T.loading));
  const container = element('div', { class: 'acollida-documents-tab', style: 'padding: 10px 15px' });
  const status = statusLine();
  const listing = element('div');
  container.append(listing, status.node);
  try {
    const task = await fetch(`${api.engineApi}/task/${encodeURIComponent(taskId)}`,
      { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!task.ok) throw new Error(await problem(task));
    const { processInstanceId } = await task.json();
    if (!processInstanceId) {
      node.replaceChildren(element('p', {}, T.noCase));
      return;
    }
    let form = null;
    const reload = async () => {
      const response = await fetch(`${API}?processInstanceId=${encodeURIComponent(processInstanceId)}`,
        { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (response.status === 404) {
        // a case this person works on but may not read (a sponsor's vote on the agreement): nothing to show
        listing.replaceChildren(element('p', {}, T.notShown));
        return;
      }
      if (!response.ok) throw new Error(await problem(response));
      const answer = await response.json();
      listing.replaceChildren(answer.documents.length ? table(answer.documents) : element('p', {}, T.none));
      if (!form && answer.kindsYouMayAdd.length) {
        form = uploadForm(api, processInstanceId, answer.kindsYouMayAdd, status, reload);
        container.appendChild(form);
      }
    };
    await reload();
    node.replaceChildren(container);
  } catch (failed) {
    node.replaceChildren(element('p', { class: 'text-danger', role: 'alert' }, T.readError + failed.message));
  }
}

export default {
  id: 'acollida.documents',
  pluginPoint: 'tasklist.task.detail',
  priority: 500,
  render,
  properties: { label: T.tab }
};
