// Texts the catalogue, the offer view and the print view share: when, where, cost and the search snippets.
import {api, currentLanguage, h, t} from '../app.js';

const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
export {DAYS};

// The search API sends snippets as HTML: its own text escaped, the matched words in <mark>. We never hand that to
// innerHTML; we cut it at the <mark> tags, decode the few entities the server writes, and build text nodes, so
// nothing but <mark> can ever come out of it.
const ENTITIES = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&#x2F;': '/'};

function decode(text) {
    return text.replace(/&(amp|lt|gt|quot|#x27|#39|#x2F);/g, entity => ENTITIES[entity]);
}

export function snippetNodes(snippet) {
    const nodes = [];
    let marked = false;
    for (const part of String(snippet || '').split(/(<mark>|<\/mark>)/)) {
        if (part === '<mark>' || part === '</mark>') {
            marked = part === '<mark>';
        } else if (part) {
            const text = decode(part).replace(/\s+/g, ' ');
            nodes.push(marked ? h('mark', {}, text) : document.createTextNode(text));
        }
    }
    return nodes;
}

/**
 * "tirsdag og fredag 10:00–11:30" in the reader's language, weekdays in week order. Days with the same hours are
 * said once, so a day centre open five days reads as one line instead of five.
 */
export function scheduleText(schedule) {
    const windows = [...(schedule || [])].sort((a, b) =>
        DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || a.from.localeCompare(b.from));
    if (windows.length === 0) {
        return t('catalogue.when.none');
    }
    const byHours = new Map();
    windows.forEach(w => byHours.set(w.from + '-' + w.to, [...(byHours.get(w.from + '-' + w.to) || []), w]));
    return [...byHours.values()].map(same => {
        const days = same.map(w => t('day.' + w.day));
        const dayList = days.length === 1 ? days[0]
            : t('catalogue.list.and', days.slice(0, -1).join(', '), days[days.length - 1]);
        return t('week.window', dayList, same[0].from, same[0].to);
    }).join('; ');
}

/** "Gratis" or "80 kr", with the organiser's note on what the money covers. */
export function costText(activity) {
    if (activity.cost === null || activity.cost === undefined) {
        return activity.costNote || t('catalogue.cost.unknown');
    }
    const price = activity.cost === 0 ? t('catalogue.cost.free') : t('catalogue.cost.kroner', activity.cost);
    return activity.costNote ? `${price}. ${activity.costNote}` : price;
}

/** Phone and e-mail as links; only what the organisation or venue has made public is in the API at all. */
export function contactNodes(record) {
    if (!record) {
        return [];
    }
    const parts = [];
    if (record.phone) {
        parts.push(h('a', {href: 'tel:' + record.phone.replace(/\s/g, '')}, record.phone));
    }
    if (record.email) {
        parts.push(h('a', {href: 'mailto:' + record.email}, record.email));
    }
    return parts.flatMap((part, i) => i === 0 ? [part] : [', ', part]);
}

/**
 * The registry's own words (titles, descriptions, places) are Norwegian whatever the page's language; on an English
 * page they are marked so, so that a screen reader speaks them with a Norwegian voice (WCAG 3.1.2).
 */
export function dataLang() {
    return currentLanguage() === 'en' ? 'no' : null;
}

export function norwegian(text) {
    return text ? h('span', {lang: dataLang()}, text) : null;
}

/** A label and its value as a line of a card: "Når: tirsdag 10:00–11:30". */
export function fact(labelKey, ...value) {
    const content = value.flat().filter(v => v !== null && v !== undefined && v !== '');
    if (content.length === 0) {
        return null;
    }
    return h('p', {class: 'meta'}, h('span', {class: 'fact-label'}, t(labelKey) + ': '), ...content);
}

let municipalities = null;

/** The municipalities, once per page: [{slug, name, centre}]. */
export async function loadMunicipalities() {
    if (!municipalities) {
        const page = await api('municipalities', {query: {limit: 100}});
        municipalities = [...page.items].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
    }
    return municipalities;
}

/** The areas of one municipality, by name. */
export async function loadAreas(municipality) {
    if (!municipality) {
        return [];
    }
    const page = await api('areas', {query: {municipality, limit: 200}});
    return [...page.items].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

/** Fills a <select> with options after its first ("all") option, keeping the chosen value when it still exists. */
export function fillSelect(select, options, chosen) {
    const first = select.options[0];
    select.replaceChildren(first, ...options.map(([value, label]) => h('option', {value}, label)));
    select.value = options.some(([value]) => value === chosen) ? chosen : '';
}
