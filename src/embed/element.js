// The embed script's page-facing half: the <autopilot-advisor> custom element and
// AutopilotAdvisor.mount(). It runs inside the bundle built by package/package.mjs, which
// provides `wasm_bindgen` (wasm-bindgen's no-modules glue), `FIRST_RENDER_DEFLATE_B91` (the
// styles and the widget's first render in each language) and `PAYLOAD_DEFLATE_B91` (the
// widget's WebAssembly), each compressed. Plain ES2017 in one classic
// script: no modules, no fetch, no inline styles, no eval, so it runs under strict CSPs.

// The options table (engine/src/options.rs: every mount() option, profile field and element
// attribute, defined once) and the model's answer keys, as `xtask options` prints them;
// package/package.mjs puts them in place of the placeholder.
var TABLE = '__OPTIONS__';
var OPTIONS = TABLE.options;
var ANSWER_KEYS = TABLE.answer_keys;
// HTML attributes are kebab-case (current-join); the API's snake_case names still work.
function attributeName(key) { return key.replace(/_/g, '-'); }
var ANSWER_ATTRIBUTES = ANSWER_KEYS.map(attributeName).filter(function (a, i) { return a !== ANSWER_KEYS[i]; });
// The options the element reads from an attribute, and those it also takes as a property.
var ATTRIBUTE_OPTIONS = OPTIONS.filter(function (o) { return o.attribute; });
var PROPERTY_OPTIONS = ATTRIBUTE_OPTIONS.filter(function (o) { return o.attribute.reads === 'text_or_property'; });

var api = window.AutopilotAdvisor = window.AutopilotAdvisor || {};

// Unpacks one of the payloads package/package.mjs wrote: basE91 text of deflated bytes. Each
// two digits of WASM_B91_DIGITS hold 13 bits, or 14 when the low 13 are below 89; an odd last
// digit holds the last bits. Returns a promise of the inflated bytes (an ArrayBuffer).
function unpack(text) {
  var digit = [], bytes = new Uint8Array(text.length), size = 0;
  var bits = 0, count = 0, value, i;
  for (i = 0; i < 91; i++) digit[WASM_B91_DIGITS.charCodeAt(i)] = i;
  for (i = 1; i < text.length; i += 2) {
    value = digit[text.charCodeAt(i - 1)] + digit[text.charCodeAt(i)] * 91;
    bits |= value << count;
    count += (value & 8191) > 88 ? 13 : 14;
    do {
      bytes[size++] = bits;
      bits >>= 8;
      count -= 8;
    } while (count > 7);
  }
  if (i === text.length) bytes[size++] = bits | digit[text.charCodeAt(i - 1)] << count;
  var stream = new Blob([bytes.subarray(0, size)]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).arrayBuffer();
}

// One sheet for every widget's shadow root; it gets its rules with the first render.
var sheet = new CSSStyleSheet();
// The small payload first: the styles and the widget's first render (its HTML, by language),
// which every widget shows until the wasm has started. The wasm is unpacked only after it, so
// the questions are on screen sooner.
var firstRender = unpack(FIRST_RENDER_DEFLATE_B91).then(function (buffer) {
  var data = JSON.parse(new TextDecoder().decode(buffer));
  sheet.replaceSync(data.css);
  return { html: data.html, employee: data.employee || data.html };
});
var live = false;
var ready = firstRender
  // In a task of its own: the widgets' first renders (their callbacks on firstRender come
  // later in line than this one) go in before the wasm's text is decoded on the main thread.
  .then(function () { return new Promise(function (resolve) { setTimeout(resolve); }); })
  .then(function () { return unpack(PAYLOAD_DEFLATE_B91); })
  .then(function (wasm) { return wasm_bindgen({ module_or_path: wasm }); })
  .then(function () { live = true; return wasm_bindgen; });
api.ready = ready.then(function () { return api; });
api.version = api.version || '__VERSION__';

// The widget's language for `lang` as mountAdvisor picks it (embed::language_code): the first
// of `lang` and the browser's languages whose primary subtag the advisor speaks, else English.
function languageCode(lang, spoken) {
  var wanted = [lang].concat(navigator.languages || [navigator.language]);
  for (var i = 0; i < wanted.length; i++) {
    if (typeof wanted[i] !== 'string') continue;
    var primary = wanted[i].trim().split(/[-_]/)[0].toLowerCase();
    if (spoken.indexOf(primary) >= 0) return primary;
  }
  return 'en';
}

// Puts the widget's first render into an empty container, in the widget's language. Its radios
// take answers at once (the live widget picks them up); nothing else works until then.
function showFirstRender(container, html, lang) {
  container.innerHTML = html[languageCode(lang, Object.keys(html))] || html.en;
  // The benchmark's "first interactive question" (bench/run.mjs), as on the hosted page.
  if (!performance.getEntriesByName('apa:ready').length) performance.mark('apa:ready');
}

// Whether the page asks for the employee view (audience="employee", as an attribute, a mount()
// option or its profile's field), so the first render is that view's and nothing else shows.
function wantsEmployee(options) {
  try {
    var profile = options.profile;
    if (typeof profile === 'string') profile = /"audience"\s*:\s*"employee"/.test(profile) ? { audience: 'employee' } : {};
    return options.audience === undefined ? !!profile && profile.audience === 'employee' : options.audience === 'employee';
  } catch (e) {
    return false;
  }
}

// The first render is the widget without the page's settings. The simple ones the page gave
// (the element's attributes, mount()'s top-level options) are shown on it at once, so little
// moves when the live widget takes over: the theme, compact, hidden questions, preset answers.
// A profile given as a whole waits for the live widget, which also reports any problem.
function dressFirstRender(container, options) {
  try {
    var root = container.firstElementChild;
    if (options.theme === 'light' || options.theme === 'dark') {
      root.classList.replace('apa-advisor--theme-auto', 'apa-advisor--theme-' + options.theme);
    }
    if (options.compact === true) root.classList.add('apa-advisor--compact');
    var hidden = typeof options.hidden === 'string' ? options.hidden.split(/[\s,]+/) : Array.isArray(options.hidden) ? options.hidden : [];
    hidden.forEach(function (key) {
      var question = container.querySelector('fieldset[data-key="' + CSS.escape(String(key)) + '"]');
      if (question) question.hidden = true;
    });
    var preset = options.preset && typeof options.preset === 'object' ? options.preset : {};
    Object.keys(preset).forEach(function (key) {
      var choice = container.querySelector('fieldset[data-key="' + CSS.escape(key) + '"] input[value="' + CSS.escape(String(preset[key])) + '"]');
      if (choice) choice.checked = true;
    });
  } catch (e) {
    // Nothing here may stop the widget: the live one shows the settings as they are.
  }
}

function adoptStyles(root) {
  root.adoptedStyleSheets = [sheet];
}

function failure(container, error) {
  var box = document.createElement('p');
  box.className = 'apa-failure';
  box.setAttribute('role', 'alert');
  box.textContent = 'The Autopilot Scenario Advisor could not start: ' + (error && error.message ? error.message : error);
  container.replaceChildren(box);
}

// The host page's colour scheme where it declares exactly one ('light' or 'dark'), else ''.
// color-scheme inherits, so the host element's computed value is the page's (or its section's).
function pageScheme(host) {
  var scheme = getComputedStyle(host).colorScheme || '';
  var light = /\blight\b/.test(scheme), dark = /\bdark\b/.test(scheme);
  return light === dark ? '' : light ? 'light' : 'dark';
}

// Marks the container with the page's scheme, for theme="auto" (styles/advisor.css).
function followPageScheme(host, container) {
  var scheme = pageScheme(host);
  container.classList.toggle('apa-host--page-light', scheme === 'light');
  container.classList.toggle('apa-host--page-dark', scheme === 'dark');
}

// The container in a host's shadow root: the first render's, then the live widget's, which
// takes its place whole (mountAdvisor) with its classes.
function containerOf(host) {
  return host.shadowRoot && host.shadowRoot.querySelector('.apa-host');
}

// Pages switch their scheme by a class or style on <html> or <body>: look again then.
var hosts = [];
var schemeWatch = new MutationObserver(function () {
  hosts.forEach(function (host) {
    var container = containerOf(host);
    if (container) followPageScheme(host, container);
  });
});
function watchScheme(el) { schemeWatch.observe(el, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] }); }
watchScheme(document.documentElement);
if (document.body) watchScheme(document.body);
else document.addEventListener('DOMContentLoaded', function () { if (document.body) watchScheme(document.body); });

// Makes a shadow root with the widget's styles and an empty container to render into.
function shadowContainer(host) {
  var root = host.shadowRoot || host.attachShadow({ mode: 'open' });
  adoptStyles(root);
  var container = document.createElement('div');
  container.className = 'apa-host';
  root.replaceChildren(container);
  followPageScheme(host, container);
  hosts = hosts.filter(function (h) { return h.isConnected && h !== host; });
  hosts.push(host);
  return container;
}

function emitChange(target, answers, result) {
  target.dispatchEvent(new CustomEvent('change', {
    bubbles: true, composed: true, detail: { answers: answers, result: result }
  }));
}

/**
 * AutopilotAdvisor.mount(element, options): renders an advisor in `element` (inside its own
 * shadow root). Options: those of the options table (OPTIONS: answers, profile, lang, storage and
 * the profile's fields) and onChange. Returns { ready, update(options), reset(), unmount(), answers, result }.
 */
function mount(element, options) {
  if (!(element instanceof Element)) throw new Error('AutopilotAdvisor.mount(element, options) needs an element.');
  options = options || {};
  var container = shadowContainer(element);
  var widget = null;
  var gone = false;
  var latest = { answers: {}, result: null };
  // The live widget reports its start once it has taken the first render's place.
  var started;
  var inPlace = new Promise(function (resolve) { started = resolve; });
  var onChange = function (answers, result) {
    latest = { answers: answers, result: result };
    started();
    if (typeof options.onChange === 'function') {
      try { options.onChange({ answers: answers, result: result }); } catch (e) { console.error(e); }
    }
    emitChange(element, answers, result);
  };
  // After an internal error the WebAssembly is gone and the widget shows a message; calls
  // into it then fail, and must not take the host page's script down with them.
  var guarded = function (f) {
    try { f(); } catch (e) { console.error('Autopilot Scenario Advisor:', e); }
  };
  var handle = {
    ready: null,
    update: function (next) {
      options = next || {};
      if (widget) guarded(function () { widget.update(options); });
    },
    reset: function () { if (widget) guarded(function () { widget.reset(); }); },
    unmount: function () {
      gone = true;
      // The live widget removes its own root; the first render goes if it is still there.
      if (widget) guarded(function () { widget.unmount(); widget.free(); });
      widget = null;
      container.remove();
    },
    get answers() { return latest.answers; },
    get result() { return latest.result; }
  };
  // Until the wasm has started the widget is its first render, and says it is busy.
  container.setAttribute('aria-busy', 'true');
  if (!live) {
    firstRender.then(function (renders) {
      if (gone || widget || live) return;
      var html = wantsEmployee(options) ? renders.employee : renders.html;
      // A page's options object may be anything (even with getters that throw): the live
      // widget reads it with care and reports what is wrong; the first render just goes on.
      var lang;
      try { lang = options.lang; } catch (e) { lang = undefined; }
      showFirstRender(container, html, lang);
      dressFirstRender(container, options);
    }, function () {});
  }
  handle.ready = ready.then(function (wasm) {
    if (gone) return handle;
    // The live widget takes the first render's place once its own first render is done, with
    // the answers checked on it and the focused choice (mountAdvisor: the hosted page's
    // hand-over); the first render stays busy until then.
    widget = wasm.mountAdvisor(container, options, onChange);
    return inPlace.then(function () { return handle; });
  }, function (error) { container.removeAttribute('aria-busy'); failure(container, error); throw error; });
  return handle;
}
api.mount = mount;

function listAttribute(el, name) {
  var v = el.getAttribute(name);
  return v === null ? undefined : v;
}

// An option's value from the element, read as the table says (engine/src/options.rs, `Reads`);
// undefined when the element does not give it.
function fromElement(el, option) {
  var name = option.attribute.name;
  switch (option.attribute.reads) {
    case 'each_question':
      var answers = {};
      for (var i = 0; i < ANSWER_KEYS.length; i++) {
        var v = el.getAttribute(attributeName(ANSWER_KEYS[i]));
        if (v === null || v === '') v = el.getAttribute(ANSWER_KEYS[i]);
        if (v !== null && v !== '') answers[ANSWER_KEYS[i]] = v;
      }
      return answers;
    case 'text_or_property':
      var given = el._given[option.name];
      return given !== undefined && given !== null ? given : listAttribute(el, name);
    case 'text':
      return listAttribute(el, name);
    case 'flag':
      return el.hasAttribute(name) ? el.getAttribute(name) !== 'false' : undefined;
    case 'off_when_present':
      return el.hasAttribute(name) ? false : undefined;
    case 'inherited':
      // The widget speaks its own lang attribute's language, else the closest ancestor's (the
      // page's), else the browser's (see i18n/).
      var speaker = el.closest('[' + name + ']');
      return speaker && speaker.getAttribute(name) ? speaker.getAttribute(name) : undefined;
  }
  return undefined;
}

if (!customElements.get('autopilot-advisor')) {
  class AutopilotAdvisorElement extends HTMLElement {
    static get observedAttributes() {
      // Every attribute of the table but those read once, when the widget starts (no-storage).
      var named = ATTRIBUTE_OPTIONS.filter(function (o) {
        return o.attribute.reads !== 'each_question' && o.attribute.reads !== 'off_when_present';
      }).map(function (o) { return o.attribute.name; });
      return ANSWER_KEYS.concat(ANSWER_ATTRIBUTES, named);
    }
    constructor() {
      super();
      this._handle = null;
      // Options set from script as properties (the profile), by option name.
      this._given = {};
    }
    _options() {
      var options = {};
      for (var i = 0; i < ATTRIBUTE_OPTIONS.length; i++) {
        var o = ATTRIBUTE_OPTIONS[i];
        var v = fromElement(this, o);
        // The preset (an object, maybe empty) and the profile are always passed on.
        if (v !== undefined || o.attribute.reads === 'each_question' || o.attribute.reads === 'text_or_property') options[o.name] = v;
      }
      return options;
    }
    connectedCallback() {
      if (this._handle) return;
      this._handle = mount(this, this._options());
    }
    disconnectedCallback() {
      // Moving the element fires disconnect then connect: keep the widget unless it stays gone.
      var self = this;
      Promise.resolve().then(function () {
        if (!self.isConnected && self._handle) { self._handle.unmount(); self._handle = null; }
      });
    }
    attributeChangedCallback() {
      if (this._handle) this._handle.update(this._options());
      var container = containerOf(this);
      if (container) followPageScheme(this, container);
    }
    get answers() { return this._handle ? this._handle.answers : {}; }
    get result() { return this._handle ? this._handle.result : null; }
    get ready() { return this._handle ? this._handle.ready : ready; }
    reset() { if (this._handle) this._handle.reset(); }
  }
  // A profile set from script, as an object or JSON text; it wins over the attribute.
  PROPERTY_OPTIONS.forEach(function (o) {
    Object.defineProperty(AutopilotAdvisorElement.prototype, o.name, {
      configurable: true,
      get: function () { return fromElement(this, o) || null; },
      set: function (value) {
        this._given[o.name] = value === undefined ? null : value;
        if (this._handle) this._handle.update(this._options());
      }
    });
  });
  customElements.define('autopilot-advisor', AutopilotAdvisorElement);
}
