// The plugin's screen, as a prebuilt browser ES module: the server serves this folder at
// /api/plugins/<name>/client/ and the web client import()s this file. Plain DOM, no build step; a bigger screen may
// bundle Svelte or anything else behind the same mount(target, props) → { destroy } contract.

// Written by `hms plugin new`: the plugin's name and its read permission (src/contracts/permissions.ts).
const PLUGIN = 'sample';
const SUPPLIES_READ = `${PLUGIN}:supplies:read`;

const messages = {
  menu: { supplies: 'Supplies' },
  title: 'Supply requests',
  none: 'No supply requests yet.',
  columns: { ward: 'Ward', item: 'Item', quantity: 'Quantity', requestedAt: 'Requested' },
  problems: { ALREADY_REQUESTED: 'This item is already requested for the ward.' },
  form: {
    title: 'Request supplies',
    send: 'Request',
    sent: 'Requested.',
    waiting: 'Kept on this computer: sent when the network is back.',
  },
  waitingRow: 'waiting to be sent',
  offline: {
    request: (quantity, item, ward) => `Request of ${quantity} ${item} for ${ward}`,
    alreadyRequested: 'The stores already had this item requested for the ward: nothing more is needed.',
  },
};

const REQUEST_SUPPLIES = `${PLUGIN}.RequestSupplies`;

/**
 * A heading, the form that requests supplies, and the list of requests: the server's, with the requests still
 * waiting on this computer (offline) laid over it. The form goes through `context.queue`, so it works offline too.
 */
const suppliesScreen = {
  mount(target, { context }) {
    const heading = document.createElement('h1');
    heading.textContent = context.t('title');
    const body = document.createElement('div');
    let server = [];
    let waiting = [];
    let live = true;
    const show = () => {
      const items = [...waiting, ...server];
      body.replaceChildren(items.length === 0 ? paragraph(context.t('none')) : table(items, context));
    };
    const load = () =>
      context.fetch(`/api/${PLUGIN}/requests`).then(
        async (answer) => {
          if (!live || !answer.ok) return;
          server = (await answer.json()).items;
          show();
        },
        () => undefined, // offline: the last list stays, with what waits laid over it
      );
    const stopPending = context.pending({ commands: [REQUEST_SUPPLIES] }, (entries) => {
      waiting = entries
        .filter((e) => e.status === 'waiting')
        .map((e) => ({ ...e.data, requestedAt: context.t('waitingRow') }));
      show();
      void load(); // what was waiting may have landed
    });
    target.replaceChildren(heading, requestForm(context, load), body);
    void load();
    return {
      destroy() {
        live = false;
        stopPending();
        target.replaceChildren();
      },
    };
  },
};

function requestForm(context, reload) {
  const form = document.createElement('form');
  const fields = ['ward', 'item', 'quantity'].map((key) => {
    const label = document.createElement('label');
    label.textContent = context.t(`columns.${key}`);
    const input = document.createElement('input');
    input.name = key;
    input.required = true;
    if (key === 'quantity') Object.assign(input, { type: 'number', min: '1', step: '1' });
    label.append(input);
    return label;
  });
  const button = document.createElement('button');
  button.type = 'submit';
  button.textContent = context.t('form.send');
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  form.setAttribute('aria-label', context.t('form.title'));
  form.append(...fields, button, status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form));
    const data = { ward: values.ward, item: values.item, quantity: Number(values.quantity) };
    // Sent now when online, kept and sent once (in order) when the network is back; never lost on a reload.
    const answer = await context.queue(REQUEST_SUPPLIES, data);
    status.textContent =
      answer.status === 'refused' ? context.t(`problems.${answer.problem.code}`) : context.t(`form.${answer.status}`);
    if (answer.status !== 'refused') form.reset();
    if (answer.status === 'sent') void reload();
  });
  return form;
}

function paragraph(text) {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

function table(items, context) {
  const keys = ['ward', 'item', 'quantity', 'requestedAt'];
  const element = document.createElement('table');
  const caption = element.createCaption();
  caption.textContent = context.t('title');
  const head = element.createTHead().insertRow();
  for (const key of keys) {
    const th = document.createElement('th');
    th.textContent = context.t(`columns.${key}`);
    head.append(th);
  }
  const rows = element.createTBody();
  for (const item of items) {
    const row = rows.insertRow();
    for (const key of keys) row.insertCell().textContent = String(item[key]);
  }
  return element;
}

export default {
  plugin: PLUGIN,
  messages,
  menu: [{ id: 'supplies', label: 'menu.supplies', href: `/${PLUGIN}`, permission: SUPPLIES_READ, order: 70 }],
  screens: [{ path: `/${PLUGIN}`, permission: SUPPLIES_READ, load: async () => suppliesScreen }],
  // How the web client's outbox names a waiting request and explains a refusal (SDK 2.9).
  offlineCommands: [
    {
      command: REQUEST_SUPPLIES,
      label: 'offline.request',
      values: (data) => [data.quantity, data.item, data.ward],
      refusals: { ALREADY_REQUESTED: { message: 'offline.alreadyRequested', choices: ['discard'] } },
    },
  ],
};
