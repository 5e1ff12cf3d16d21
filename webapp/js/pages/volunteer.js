// "Min side": a volunteer's own page. Proposals to answer, the matches they have, what they could help with,
// their profile and weekly availability, and their data to take away or delete. Everything goes through the
// API as the signed-in volunteer, who can only ever see and change their own record.
import {api, boot, currentLanguage, dateText, describe, h, logout, numberText, stopWith, t, windowText} from '../app.js';
import {announce, showProblem, submitting} from '../forms.js';
import {WeekEditor} from '../weekgrid.js';
import {checkedValues, freeTags, numberOrNull, renderInterests, renderLanguages} from './volunteer-fields.js';

const {me} = await boot({page: 'volunteer', roles: ['VOLUNTEER']});
const volunteerId = me.volunteer;
if (!volunteerId) {
    // stopWith throws, so nothing below runs for an account without a profile.
    stopWith(t('volunteer.noProfile'));
}
document.getElementById('welcome').hidden = !new URL(location.href).searchParams.has('welcome');

/** Statuses in which a volunteer is asked to answer, and those that are an agreed match. */
const OPEN_PROPOSAL = ['PROPOSED', 'CONTACTED'];
const AGREED = ['ACCEPTED', 'ACTIVE'];

function busy(element, on) {
    on ? element.setAttribute('aria-busy', 'true') : element.removeAttribute('aria-busy');
}

function empty(list, key) {
    list.replaceChildren(h('li', {class: 'empty'}, t(key)));
}

function failed(list, error) {
    list.replaceChildren(h('li', {class: 'notice', role: 'alert'}, describe(error)));
}

function statusBadge(status) {
    return h('span', {class: 'badge status-' + status.toLowerCase(), dataset: {status}},
        t('volunteer.status.' + status));
}

/** Where and when a match's need takes place, as plain lines. */
function whereAndWhen(match) {
    const lines = [];
    const place = [match.venueName, match.areaName].filter(Boolean).join(', ');
    if (place) {
        lines.push(h('p', {class: 'meta'}, h('strong', {}, t('volunteer.match.where')), ' ', place));
    }
    if (match.schedule && match.schedule.length) {
        lines.push(h('p', {class: 'meta'}, h('strong', {}, t('volunteer.match.when')), ' ',
            match.schedule.map(windowText).join(', ')));
    }
    if (match.startDate) {
        lines.push(h('p', {class: 'meta'}, match.endDate
            ? t('volunteer.match.period', dateText(match.startDate), dateText(match.endDate))
            : t('volunteer.match.from', dateText(match.startDate))));
    }
    return lines;
}

// ---- Proposals and matches -------------------------------------------------------------------------------

const proposalsList = document.getElementById('proposals');
const matchesList = document.getElementById('matches');
const proposalsStatus = document.getElementById('proposals-status');

async function answer(match, status, card) {
    const buttons = card.querySelectorAll('button');
    buttons.forEach(b => b.disabled = true);
    busy(card, true);
    try {
        await api('matches/' + match.id, {method: 'PUT', body: {status, version: match.version}});
        proposalsStatus.textContent = t(status === 'ACCEPTED' ? 'volunteer.proposals.accepted'
            : 'volunteer.proposals.declined', match.needTitle);
        await loadMatches();
        document.getElementById(status === 'ACCEPTED' ? 'matches-heading' : 'proposals-heading').focus();
    } catch (e) {
        buttons.forEach(b => b.disabled = false);
        busy(card, false);
        proposalsStatus.textContent = '';
        const note = card.querySelector('.field-error') || card.appendChild(h('p', {class: 'field-error', role: 'alert'}));
        note.textContent = e.status === 409 ? t('volunteer.proposals.changed') : describe(e);
    }
}

function proposalCard(match) {
    const card = h('li', {class: 'card proposal', id: 'match-' + match.id, dataset: {status: match.status}},
        h('h3', {}, match.needTitle),
        h('p', {class: 'meta'}, statusBadge(match.status)),
        ...whereAndWhen(match),
        lastNote(match));
    card.append(h('div', {class: 'actions'},
        h('button', {type: 'button', id: 'accept-' + match.id, class: 'yes',
            'aria-describedby': 'match-' + match.id + '-title',
            onclick: () => answer(match, 'ACCEPTED', card)}, t('volunteer.proposals.accept')),
        h('button', {type: 'button', id: 'decline-' + match.id, class: 'secondary',
            'aria-describedby': 'match-' + match.id + '-title',
            onclick: () => answer(match, 'DECLINED', card)}, t('volunteer.proposals.decline'))));
    card.querySelector('h3').id = 'match-' + match.id + '-title';
    return card;
}

function lastNote(match) {
    const notes = (match.history || []).filter(e => e.note);
    return notes.length ? h('p', {class: 'meta'}, h('strong', {}, t('volunteer.match.note')), ' ',
        notes[notes.length - 1].note) : null;
}

function matchCard(match) {
    return h('li', {class: 'card match', id: 'match-' + match.id, dataset: {status: match.status}},
        h('h3', {}, match.needTitle),
        h('p', {class: 'meta'}, statusBadge(match.status)),
        ...whereAndWhen(match),
        match.hoursGiven ? h('p', {class: 'meta'}, t('volunteer.match.hours', numberText(match.hoursGiven))) : null,
        h('p', {class: 'hint'}, t('volunteer.match.contact')));
}

async function loadMatches() {
    busy(proposalsList, true);
    busy(matchesList, true);
    try {
        const page = await api('matches', {query: {limit: 200}});
        const items = page.items || [];
        const proposals = items.filter(m => OPEN_PROPOSAL.includes(m.status));
        const agreed = items.filter(m => AGREED.includes(m.status));
        proposals.length ? proposalsList.replaceChildren(...proposals.map(proposalCard))
            : empty(proposalsList, 'volunteer.proposals.none');
        agreed.length ? matchesList.replaceChildren(...agreed.map(matchCard))
            : empty(matchesList, 'volunteer.matches.none');
    } catch (e) {
        failed(proposalsList, e);
        failed(matchesList, e);
    } finally {
        busy(proposalsList, false);
        busy(matchesList, false);
    }
}

// ---- "Hva kan jeg hjelpe med?" ----------------------------------------------------------------------------

const suggestionsList = document.getElementById('suggestions');

async function loadSuggestions() {
    busy(suggestionsList, true);
    try {
        const answer = await api(`volunteers/${volunteerId}/suggestions`, {query: {limit: 5, lang: currentLanguage()}});
        const items = answer.suggestions || [];
        if (!items.length) {
            empty(suggestionsList, 'volunteer.suggestions.none');
            return;
        }
        suggestionsList.replaceChildren(...items.map(s => h('li', {class: 'card suggestion'},
            h('h3', {}, s.title || t('volunteer.suggestions.untitled')),
            h('p', {class: 'meta'}, t(String(s.need).startsWith('activity:')
                ? 'volunteer.suggestions.activity' : 'volunteer.suggestions.need')),
            h('p', {class: 'why'}, t('volunteer.suggestions.why')),
            h('ul', {class: 'reasons'}, (s.reasons || []).map(r => h('li', {}, r))))));
        document.getElementById('suggestions-join').hidden = false;
    } catch (e) {
        failed(suggestionsList, e);
    } finally {
        busy(suggestionsList, false);
    }
}

// ---- Profile ----------------------------------------------------------------------------------------------

const form = document.getElementById('profile-form');
const languages = document.getElementById('language-checks');
const interests = document.getElementById('interest-checks');
const otherInterests = document.getElementById('other-interests');
const areaSelect = document.getElementById('area');
let profile = null;
const week = new WeekEditor(document.getElementById('availability-editor'),
    {id: 'availability', legendKey: 'volunteer.field.availability'});

async function fillAreas(municipality, chosen) {
    const areas = await api('areas', {query: {municipality, limit: 200}}).catch(() => ({items: []}));
    areaSelect.replaceChildren(h('option', {value: ''}, t('volunteer.field.areaAny')),
        ...(areas.items || []).sort((a, b) => a.name.localeCompare(b.name, 'nb'))
            .map(a => h('option', {value: String(a.id), selected: String(a.id) === String(chosen)}, a.name)));
}

async function municipalityName(slug) {
    const all = await api('municipalities', {query: {limit: 100}}).catch(() => ({items: []}));
    const found = (all.items || []).find(m => m.slug === slug);
    return found ? found.name : slug;
}

function setNumber(input, value) {
    input.value = value === null || value === undefined ? '' : String(value);
}

async function showProfile(json) {
    profile = json;
    form.name.value = json.name || '';
    form.email.value = json.email || '';
    form.phone.value = json.phone || '';
    form.about.value = json.about || '';
    document.getElementById('hasCar').checked = !!json.hasCar;
    setNumber(form.maxTravelKm, json.maxTravelKm);
    setNumber(form.maxHoursPerWeek, json.maxHoursPerWeek);
    renderLanguages(languages, json.languages || []);
    const other = await renderInterests(interests, json.interests || []);
    otherInterests.value = other.join(', ');
    week.set(json.availability || []);
    document.getElementById('municipality-name').textContent = await municipalityName(json.municipality);
    await fillAreas(json.municipality, json.area);
    showVetting(json.vetting || {});
}

function showVetting(vetting) {
    const none = t('volunteer.vetting.notRecorded');
    const rows = [
        ['volunteer.vetting.checkedOn', vetting.policeCertificateCheckedOn ? dateText(vetting.policeCertificateCheckedOn) : none],
        ['volunteer.vetting.validUntil', vetting.policeCertificateValidUntil ? dateText(vetting.policeCertificateValidUntil) : none],
        ['volunteer.vetting.confidentiality', t(vetting.confidentialitySigned ? 'common.yes' : 'common.no')]
    ];
    if (vetting.policeCertificatePurpose) {
        rows.splice(2, 0, ['volunteer.vetting.purpose', vetting.policeCertificatePurpose]);
    }
    (vetting.courses || []).forEach(c => rows.push(['volunteer.vetting.course',
        c.completedOn ? t('volunteer.vetting.courseDone', c.name, dateText(c.completedOn)) : c.name]));
    document.getElementById('vetting').replaceChildren(...rows.flatMap(([key, value]) =>
        [h('dt', {}, t(key)), h('dd', {}, value)]));
}

async function loadProfile() {
    busy(form, true);
    try {
        await showProfile(await api('volunteers/' + volunteerId));
    } catch (e) {
        showProblem(form, e);
    } finally {
        busy(form, false);
    }
}

form.addEventListener('submit', async event => {
    event.preventDefault();
    if (!profile) {
        return;
    }
    announce(form, t('common.saving'));
    const chosen = checkedValues(interests);
    const area = areaSelect.value ? Number(areaSelect.value) : null;
    const body = {
        ...profile,
        name: form.name.value.trim(),
        email: form.email.value.trim() || null,
        phone: form.phone.value.trim() || null,
        about: form.about.value.trim() || null,
        area,
        // A new area moves the point suggestions measure from to that area's centre.
        home: String(area) === String(profile.area) ? profile.home : null,
        languages: checkedValues(languages),
        interests: [...chosen, ...freeTags(otherInterests.value, chosen)],
        availability: week.value(),
        hasCar: document.getElementById('hasCar').checked,
        maxTravelKm: numberOrNull(form.maxTravelKm),
        maxHoursPerWeek: numberOrNull(form.maxHoursPerWeek)
    };
    const saved = await submitting(form, async () => {
        try {
            return await api('volunteers/' + volunteerId, {method: 'PUT', body});
        } catch (e) {
            if (e.status === 409) {
                // Someone (the coordinator) saved in between: say so plainly, keep what was typed.
                e.problem = {errors: []};
            }
            throw e;
        }
    });
    if (saved) {
        await showProfile(saved);
        announce(form, t('volunteer.profile.saved'));
        loadSuggestions();
    } else {
        announce(form, '');
    }
});

// ---- My data: export and delete ---------------------------------------------------------------------------

const exportButton = document.getElementById('export');
const exportLink = document.getElementById('export-link');
const exportStatus = document.getElementById('export-status');
exportButton.addEventListener('click', async () => {
    exportButton.disabled = true;
    exportStatus.textContent = t('volunteer.export.working');
    try {
        const data = await api(`volunteers/${volunteerId}/export`);
        const blob = new Blob([JSON.stringify(data, null, 2)], {type: 'application/json'});
        if (exportLink.href && exportLink.href.startsWith('blob:')) {
            URL.revokeObjectURL(exportLink.href);
        }
        exportLink.href = URL.createObjectURL(blob);
        exportLink.hidden = false;
        exportLink.click();
        exportStatus.textContent = t('volunteer.export.done');
    } catch (e) {
        exportStatus.textContent = describe(e);
    } finally {
        exportButton.disabled = false;
    }
});

const dialog = document.getElementById('delete-dialog');
const deleteError = document.getElementById('delete-error');
document.getElementById('delete').addEventListener('click', () => {
    deleteError.hidden = true;
    dialog.showModal();
    // The safe choice first: Enter on the opened dialog keeps the account.
    document.getElementById('delete-cancel').focus();
});
document.getElementById('delete-cancel').addEventListener('click', () => dialog.close());
dialog.addEventListener('close', () => document.getElementById('delete').focus());
document.getElementById('delete-confirm').addEventListener('click', async () => {
    const confirm = document.getElementById('delete-confirm');
    confirm.disabled = true;
    busy(dialog, true);
    try {
        await api('volunteers/' + volunteerId, {method: 'DELETE'});
        await logout().catch(() => location.assign('/login.html?loggedOut=1'));
    } catch (e) {
        deleteError.textContent = describe(e);
        deleteError.hidden = false;
        confirm.disabled = false;
        busy(dialog, false);
    }
});

await Promise.all([loadMatches(), loadSuggestions(), loadProfile()]);
