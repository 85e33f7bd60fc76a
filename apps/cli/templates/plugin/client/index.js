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
};

/** A heading and the list of requests, read with the user's session. */
const suppliesScreen = {
  mount(target, { context }) {
    const heading = document.createElement('h1');
    heading.textContent = context.t('title');
    const body = document.createElement('div');
    target.replaceChildren(heading, body);
    let live = true;
    void context.fetch(`/api/${PLUGIN}/requests`).then(async (answer) => {
      if (!live || !answer.ok) return;
      const { items } = await answer.json();
      body.replaceChildren(items.length === 0 ? paragraph(context.t('none')) : table(items, context));
    });
    return {
      destroy() {
        live = false;
        target.replaceChildren();
      },
    };
  },
};

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
};
