// What the registration form and "Min side" share: the languages and interests a volunteer ticks, and how the
// free-text interests become tags. Part of the volunteer pages; no other page depends on it.
import {api, h, has, t} from '../app.js';

/** Languages offered as checkboxes (ISO 639-1; Norwegian is stored as "no"). Others the profile has are kept. */
export const LANGUAGES = ['no', 'en', 'sv', 'da', 'pl', 'lt', 'uk', 'ru', 'ar', 'so', 'ti', 'fa', 'de', 'es', 'fr'];

let vocabulary = null;

export async function interestWords() {
    if (!vocabulary) {
        vocabulary = await api('vocabulary').catch(() => ({interests: []}));
    }
    return vocabulary.interests || [];
}

function checkbox(group, value, label, checked) {
    const id = `${group}-${value}`.replace(/[^\w-]/g, '_');
    return h('label', {for: id},
        h('input', {type: 'checkbox', id, name: group, value, checked: !!checked}), ' ', label);
}

/** Fills a container with one checkbox per language; the chosen ones (and any unusual ones) ticked. */
export function renderLanguages(container, chosen = ['no']) {
    const codes = [...LANGUAGES, ...chosen.filter(c => !LANGUAGES.includes(c))];
    container.replaceChildren(...codes.map(code =>
        checkbox('languages', code, has('volunteer.language.' + code) ? t('volunteer.language.' + code) : code,
            chosen.includes(code))));
}

/** Fills a container with the vocabulary's interests; returns the chosen ones that are not in it (free text). */
export async function renderInterests(container, chosen = []) {
    const words = await interestWords();
    container.replaceChildren(...words.map(word => checkbox('interests', word, word, chosen.includes(word))));
    return chosen.filter(c => !words.includes(c));
}

export function checkedValues(container) {
    return [...container.querySelectorAll('input[type="checkbox"]:checked')].map(c => c.value);
}

/** "hage, strikking ,  bridge" → ["hage", "strikking", "bridge"], without duplicates of the ticked ones. */
export function freeTags(text, already = []) {
    return (text || '').split(/[,;\n]/).map(s => s.trim()).filter(s => s && !already.includes(s));
}

/** A number field's value as a number, or null when empty. */
export function numberOrNull(input) {
    const text = (input.value || '').trim().replace(',', '.');
    return text === '' ? null : Number(text);
}
