// The bootstrap every page shares: its text in the reader's language, who is signed in, the header and the
// footer, and a small client for the JSON API. Pages import what they need from here and nothing else global.

const LANGUAGES = ['nb', 'nn', 'en'];
const HOME_BY_ROLE = {
    VOLUNTEER: '/volunteer.html',
    INSTITUTION: '/institution.html',
    COORDINATOR: '/coordinator.html',
    ADMIN: '/coordinator.html'
};

let messages = {};
let lang = 'nb';
let me = null;
let csrfToken = null;

/** The text for a key with {0}, {1} … filled in. A missing key shows as ⟦key⟧ so that nobody overlooks it. */
export function t(key, ...args) {
    const text = messages[key];
    if (text === undefined) {
        return `⟦${key}⟧`;
    }
    return text.replace(/\{(\d)}/g, (_, i) => String(args[Number(i)] ?? ''));
}

export function has(key) {
    return messages[key] !== undefined;
}

export function currentLanguage() {
    return lang;
}

export function homeOf(user) {
    return user ? HOME_BY_ROLE[user.role] || '/' : '/';
}

/** Builds an element: h('a', {href: '/', class: 'x'}, 'text', child). Text is always text, never HTML. */
export function h(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
        if (value === null || value === undefined || value === false) {
            continue;
        }
        if (name.startsWith('on') && typeof value === 'function') {
            element.addEventListener(name.substring(2), value);
        } else if (name === 'dataset') {
            Object.assign(element.dataset, value);
        } else if (value === true) {
            element.setAttribute(name, '');
        } else {
            element.setAttribute(name, String(value));
        }
    }
    for (const child of children.flat()) {
        if (child === null || child === undefined || child === false) {
            continue;
        }
        element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
}

/** Fills data-i18n (text) and data-i18n-<attribute> (e.g. data-i18n-placeholder, data-i18n-aria-label). */
export function applyText(root = document) {
    root.querySelectorAll('[data-i18n]').forEach(element => {
        element.textContent = t(element.dataset.i18n);
    });
    root.querySelectorAll('*').forEach(element => {
        for (const attribute of element.getAttributeNames()) {
            if (attribute.startsWith('data-i18n-')) {
                element.setAttribute(attribute.substring('data-i18n-'.length), t(element.getAttribute(attribute)));
            }
        }
    });
}

export class ApiError extends Error {
    constructor(status, problem) {
        super(problem && problem.title ? problem.title : 'HTTP ' + status);
        this.status = status;
        this.problem = problem || {};
    }
}

/**
 * Calls the API: api('needs', {query: {municipality: 'vinje'}}), api('needs', {method: 'POST', body: {...}}).
 * A browser session's changes carry the CSRF token. Failures throw ApiError with the problem document.
 */
export async function api(path, {method = 'GET', body, query} = {}) {
    let url = path.startsWith('/') ? path : '/api/' + path;
    if (query) {
        const params = new URLSearchParams();
        for (const [name, value] of Object.entries(query)) {
            if (value === null || value === undefined || value === '') {
                continue;
            }
            (Array.isArray(value) ? value : [value]).forEach(v => params.append(name, v));
        }
        const text = params.toString();
        if (text) {
            url += (url.includes('?') ? '&' : '?') + text;
        }
    }
    const headers = {Accept: 'application/json, application/problem+json'};
    if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
    }
    if (method !== 'GET' && csrfToken) {
        headers['X-CSRF-Token'] = csrfToken;
    }
    let response;
    try {
        response = await fetch(url, {
            method, headers, credentials: 'same-origin',
            body: body === undefined ? undefined : JSON.stringify(body)
        });
    } catch (e) {
        throw new ApiError(0, {title: t('common.error.network')});
    }
    if (response.status === 204) {
        return null;
    }
    const type = response.headers.get('Content-Type') || '';
    const data = type.includes('json') ? await response.json() : await response.text();
    if (!response.ok) {
        throw new ApiError(response.status, typeof data === 'object' ? data : {title: String(data)});
    }
    return data;
}

/** After login or registration: remember the user and the session's CSRF token. */
export function signedIn(user) {
    me = user;
    csrfToken = user && user.csrfToken ? user.csrfToken : null;
}

export async function logout() {
    try {
        await api('auth/logout', {method: 'POST'});
    } finally {
        signedIn(null);
        location.assign('/login.html?loggedOut=1');
    }
}

/** A plain-language sentence for an ApiError that has no field errors. */
export function describe(error) {
    switch (error.status) {
        case 0: return t('common.error.network');
        case 401: return t('common.error.loginNeeded');
        case 403: return t('common.error.forbidden');
        case 404: return t('common.error.notFound');
        case 409: return t('common.error.conflict');
        default: return t('common.error.title');
    }
}

function chooseLanguage() {
    const asked = new URL(location.href).searchParams.get('lang');
    if (asked && LANGUAGES.includes(asked)) {
        localStorage.setItem('sammen.lang', asked);
        return asked;
    }
    const stored = localStorage.getItem('sammen.lang');
    return LANGUAGES.includes(stored) ? stored : 'nb';
}

async function loadUser() {
    try {
        const user = await api('auth/me');
        // Not signed in, the API answers {"role": "PUBLIC"}.
        signedIn(user && user.username ? user : null);
    } catch (e) {
        signedIn(null);
    }
}

function navigation(page) {
    const links = [['catalogue', '/', 'common.nav.catalogue']];
    const role = me ? me.role : null;
    if (role === 'VOLUNTEER') {
        links.push(['volunteer', '/volunteer.html', 'common.nav.volunteer']);
    } else if (role === 'INSTITUTION') {
        links.push(['institution', '/institution.html', 'common.nav.institution']);
    } else if (role === 'COORDINATOR' || role === 'ADMIN') {
        links.push(['coordinator', '/coordinator.html', 'common.nav.coordinator']);
        links.push(['registry', '/registry.html', 'common.nav.registry']);
    } else {
        links.push(['register', '/register.html', 'common.nav.register']);
        links.push(['login', '/login.html', 'common.nav.login']);
    }
    return h('nav', {'aria-label': t('common.nav.label')},
        h('ul', {class: 'nav'}, links.map(([id, href, key]) =>
            h('li', {}, h('a', {href, 'aria-current': id === page ? 'page' : null}, t(key))))));
}

function languageSwitcher() {
    const select = h('select', {id: 'language', name: 'language'},
        LANGUAGES.map(code => h('option', {value: code, selected: code === lang, lang: code}, t('common.lang.' + code))));
    select.addEventListener('change', () => {
        localStorage.setItem('sammen.lang', select.value);
        const url = new URL(location.href);
        url.searchParams.delete('lang');
        location.assign(url.toString());
    });
    return h('div', {class: 'language'}, h('label', {for: 'language'}, t('common.language')), select);
}

function renderHeader(page) {
    const header = document.getElementById('site-header');
    if (!header) {
        return;
    }
    const account = me
        ? h('div', {class: 'account'},
            h('span', {class: 'who'}, t('common.loggedInAs', me.username)),
            h('button', {type: 'button', class: 'secondary', id: 'logout', onclick: logout}, t('common.nav.logout')))
        : null;
    header.replaceChildren(
        h('div', {class: 'brand'}, h('a', {href: '/'}, t('app.name')), h('span', {class: 'tagline'}, t('app.tagline'))),
        navigation(page), h('div', {class: 'tools'}, languageSwitcher(), account));
}

function renderFooter() {
    const footer = document.getElementById('site-footer');
    if (footer) {
        footer.replaceChildren(h('p', {}, t('app.name'), ' · ', t('app.tagline')));
    }
}

/** Shows a page-level message (role="alert" so screen readers hear it) in place of the page's content. */
export function stopWith(message) {
    const main = document.querySelector('main');
    main.replaceChildren(h('h1', {}, t('common.error.title')), h('p', {class: 'notice', role: 'alert'}, message));
    throw new Error('page stopped: ' + message);
}

/**
 * Starts a page: language, text, user, header and footer. With roles, someone not signed in is sent to the login
 * page and someone with another role is told so. Returns {me, lang}.
 */
export async function boot({page, roles} = {}) {
    lang = chooseLanguage();
    document.documentElement.lang = lang;
    const [text] = await Promise.all([
        api('ui/messages', {query: {lang}}).catch(() => ({messages: {}})),
        loadUser()
    ]);
    messages = text.messages || {};
    applyText();
    renderHeader(page);
    renderFooter();
    if (roles && !me) {
        location.assign('/login.html?next=' + encodeURIComponent(location.pathname + location.search));
        throw new Error('login needed');
    }
    if (roles && !roles.includes(me.role)) {
        stopWith(t('common.error.wrongRole'));
    }
    document.body.classList.add('ready');
    return {me, lang};
}

/** Formats a weekly window as "tirsdag 10:00–14:00" in the page's language. */
export function windowText(w) {
    return t('week.window', t('day.' + w.day), w.from, w.to);
}

/** A date (2027-01-31) in the reader's language. */
export function dateText(iso) {
    if (!iso) {
        return '';
    }
    // Chromium has no nn-NO locale data; nynorsk month names are the same as bokmål's.
    const locale = lang === 'en' ? 'en-GB' : 'nb-NO';
    return new Date(iso.length === 10 ? iso + 'T12:00:00' : iso).toLocaleDateString(locale,
        {day: 'numeric', month: 'long', year: 'numeric'});
}

/** A number with the reader's decimal sign (3,2 in Norwegian). */
export function numberText(value, digits = 1) {
    const locale = lang === 'en' ? 'en-GB' : 'nb-NO';
    return Number(value).toLocaleString(locale, {maximumFractionDigits: digits});
}
