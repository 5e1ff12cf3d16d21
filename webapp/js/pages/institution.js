// "Våre behov": an institution (a nursing home, a day centre) posts and edits the help it needs at its own venues,
// and sees whom the coordinator has proposed and why. The API shows an institution only its own venues' needs, and
// a proposed volunteer only by first name until they have said yes; then their contact details for that need.
// The institution takes in a volunteer who has said yes («Ta imot»: ACCEPTED → ACTIVE) or says that a proposal does
// not suit them («Passer ikke»: → DECLINED, with an optional short note); the coordinator does everything else.
import {api, boot, currentLanguage, dateText, describe, h, t, windowText} from '../app.js';
import {NeedForm} from '../needform.js';

const {me} = await boot({page: 'institution', roles: ['INSTITUTION']});

const listElement = document.getElementById('needs');
const status = document.getElementById('needs-status');
const filter = document.getElementById('status-filter');
const editorHolder = document.getElementById('editor');
const newButton = document.getElementById('new-need');
let returnFocusTo = null;

/** Who acts next on a proposal, by its status. */
const NEXT = {
    PROPOSED: 'institution.proposal.next.PROPOSED',
    CONTACTED: 'institution.proposal.next.CONTACTED',
    ACCEPTED: 'institution.proposal.next.ACCEPTED',
    DECLINED: 'institution.proposal.next.DECLINED',
    ACTIVE: 'institution.proposal.next.ACTIVE',
    ENDED: 'institution.proposal.next.ENDED'
};

status.textContent = t('common.loading');
const venueIds = me.venues || [];
const [venues, vocabulary] = await Promise.all([
    Promise.all(venueIds.map(id => api('venues/' + id).catch(() => ({id, name: t('institution.venueUnknown', id)})))),
    api('vocabulary').catch(() => ({interests: [], targetGroups: []}))
]);
document.getElementById('venues-line').textContent = venues.length
    ? t('institution.venues', venues.map(v => v.name).join(', '))
    : t('institution.noVenues');
newButton.disabled = venues.length === 0 && me.role === 'INSTITUTION';

const editor = new NeedForm(editorHolder, {
    venues: venues.map(v => ({id: v.id, name: v.name})),
    municipality: me.municipality,
    vocabulary,
    onSaved: async (need, created) => {
        closeEditor(false);
        await load();
        status.textContent = t(created ? 'institution.list.created' : 'institution.list.updated', need.title);
        const card = document.getElementById('need-' + need.id);
        (card ? card.querySelector('h3') : document.getElementById('needs-heading')).focus();
    },
    onCancel: () => closeEditor(true)
});

function openEditor(need, opener) {
    returnFocusTo = opener;
    editor.edit(need);
    editorHolder.hidden = false;
    editor.root.scrollIntoView({block: 'start'});
    editor.focus();
}

function closeEditor(restoreFocus) {
    editorHolder.hidden = true;
    if (restoreFocus && returnFocusTo && document.body.contains(returnFocusTo)) {
        returnFocusTo.focus();
    }
}

newButton.addEventListener('click', () => openEditor(null, newButton));
filter.addEventListener('change', () => load());

function scheduleText(need) {
    return (need.schedule || []).map(windowText).join(', ');
}

function periodText(need) {
    if (need.startDate && need.endDate) {
        return t('institution.need.period', dateText(need.startDate), dateText(need.endDate));
    }
    if (need.startDate) {
        return t('institution.need.from', dateText(need.startDate));
    }
    return need.endDate ? t('institution.need.until', dateText(need.endDate)) : t('institution.need.noEnd');
}

function requirementTags(need) {
    const req = need.requirements || {};
    const tags = [];
    if (req.policeCertificate) {
        tags.push(t('institution.form.policeCertificate'));
    }
    if (req.confidentiality) {
        tags.push(t('institution.form.confidentiality'));
    }
    (req.courses || []).forEach(c => tags.push(t('institution.need.course', c)));
    return tags;
}

// The API explains a proposal that no longer holds as «oppfyller ikke lenger: <rule>»: say so above the list
// instead of under «why this person fits».
const NO_LONGER = 'oppfyller ikke lenger:';

function reasons(list) {
    if (list.length === 0) {
        return null;
    }
    const lapsed = list.every(r => r.startsWith(NO_LONGER));
    return [h('p', {class: 'reasons-label'}, t(lapsed ? 'institution.proposal.whyNot' : 'institution.proposal.why')),
        h('ul', {class: 'reasons'}, list.map(r => h('li', {}, lapsed ? r.substring(NO_LONGER.length).trim() : r)))];
}

/** The statuses in which the institution may still say that a proposal does not suit them. */
const DECLINABLE = ['PROPOSED', 'CONTACTED', 'ACCEPTED'];

/** Reloads the list, says what happened (role=status) and puts focus back on the need's heading. */
async function afterChange(need, message) {
    await load();
    status.textContent = message;
    const card = document.getElementById('need-' + need.id);
    (card ? card.querySelector('h3') : document.getElementById('needs-heading')).focus();
}

async function changeMatch(need, p, target, note, button) {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
        await api('matches/' + p.match, {method: 'PUT', body: {version: p.version, status: target, note: note || null}});
        await afterChange(need, t(target === 'ACTIVE' ? 'institution.proposal.confirmed' : 'institution.proposal.declined',
            p.firstName));
    } catch (e) {
        await afterChange(need, e.status === 409 ? t('institution.proposal.conflict') : describe(e));
    }
}

function confirmDecline(need, p, actions) {
    const previous = [...actions.childNodes];
    const questionId = 'decline-question-' + p.match;
    const noteId = 'decline-note-' + p.match;
    const question = h('p', {class: 'confirm', id: questionId}, t('institution.proposal.declineQuestion', p.firstName));
    const note = h('input', {type: 'text', id: noteId, maxlength: '500', autocomplete: 'off',
        'aria-describedby': noteId + '-hint'});
    const yes = h('button', {type: 'button', class: 'danger', id: 'decline-yes-' + p.match},
        t('institution.proposal.declineYes'));
    const no = h('button', {type: 'button', class: 'secondary', id: 'decline-no-' + p.match}, t('common.cancel'));
    const cancel = () => {
        actions.replaceChildren(...previous);
        actions.querySelector('.decline-match').focus();
    };
    const group = h('div', {class: 'decline-confirm', role: 'group', 'aria-labelledby': questionId},
        question,
        h('div', {class: 'field'},
            h('label', {for: noteId}, t('institution.proposal.declineNote')),
            h('p', {class: 'hint', id: noteId + '-hint'}, t('institution.proposal.declineNoteHint')),
            note),
        h('div', {class: 'actions'}, yes, no));
    group.addEventListener('keydown', event => {
        if (event.key === 'Escape') {
            event.preventDefault();
            cancel();
        }
    });
    actions.replaceChildren(group);
    no.addEventListener('click', cancel);
    yes.addEventListener('click', () => changeMatch(need, p, 'DECLINED', note.value.trim(), yes));
    note.focus();
}

function proposalActions(need, p) {
    if (!p.match || p.version === undefined || me.role !== 'INSTITUTION') {
        return null;
    }
    const actions = h('div', {class: 'actions proposal-actions'});
    if (p.status === 'ACCEPTED') {
        actions.append(h('button', {type: 'button', class: 'confirm-match', id: 'confirm-match-' + p.match,
            'aria-label': t('institution.proposal.confirmLabel', p.firstName),
            onclick: event => changeMatch(need, p, 'ACTIVE', null, event.currentTarget)},
        t('institution.proposal.confirm')));
    }
    if (DECLINABLE.includes(p.status)) {
        actions.append(h('button', {type: 'button', class: 'secondary decline-match', id: 'decline-match-' + p.match,
            'aria-label': t('institution.proposal.declineLabel', p.firstName),
            onclick: () => confirmDecline(need, p, actions)}, t('institution.proposal.decline')));
    }
    return actions.childNodes.length ? actions : null;
}

function proposalItem(need, p) {
    const contact = p.contact
        ? h('dl', {class: 'contact'},
            h('dt', {}, t('institution.proposal.name')), h('dd', {}, p.contact.name),
            p.contact.phone ? [h('dt', {}, t('institution.proposal.phone')),
                h('dd', {}, h('a', {href: 'tel:' + p.contact.phone.replace(/\s/g, '')}, p.contact.phone))] : null,
            p.contact.email ? [h('dt', {}, t('institution.proposal.email')),
                h('dd', {}, h('a', {href: 'mailto:' + p.contact.email}, p.contact.email))] : null)
        : h('p', {class: 'hint'}, t('institution.proposal.hidden'));
    return h('li', {class: 'proposal', id: 'proposal-' + p.match},
        h('p', {class: 'proposal-head'},
            h('strong', {}, p.firstName), ' ',
            h('span', {class: 'badge status-' + p.status.toLowerCase()}, t('institution.proposal.status.' + p.status))),
        h('p', {}, t(NEXT[p.status] || 'institution.proposal.next.PROPOSED')),
        // Once the volunteer is under way, a lapsed rule (often the booking of this very match) is only noise.
        reasons((p.reasons || []).filter(r => !(['ACTIVE', 'ENDED'].includes(p.status) && r.startsWith(NO_LONGER)))),
        contact,
        proposalActions(need, p));
}

async function proposalsOf(need, holder) {
    try {
        const result = await api(`needs/${need.id}/proposals`, {query: {lang: currentLanguage()}});
        const proposals = result.proposals || [];
        holder.replaceChildren(
            h('h4', {}, t('institution.proposal.heading', proposals.length)),
            proposals.length === 0
                ? h('p', {class: 'hint'}, t('institution.proposal.none'))
                : h('ul', {class: 'proposals'}, proposals.map(p => proposalItem(need, p))));
    } catch (e) {
        holder.replaceChildren(h('h4', {}, t('institution.proposal.headingPlain')),
            h('p', {class: 'notice'}, describe(e)));
    }
    holder.removeAttribute('aria-busy');
}

function confirmDelete(need, actions) {
    const yes = h('button', {type: 'button', class: 'danger', id: 'confirm-delete-' + need.id}, t('institution.delete.yes'));
    const no = h('button', {type: 'button', class: 'secondary', id: 'cancel-delete-' + need.id}, t('common.cancel'));
    const previous = [...actions.childNodes];
    const question = h('p', {class: 'confirm', role: 'alert'}, t('institution.delete.question', need.title));
    actions.replaceChildren(question, yes, no);
    yes.focus();
    no.addEventListener('click', () => {
        actions.replaceChildren(...previous);
        actions.querySelector('.delete-need').focus();
    });
    yes.addEventListener('click', async () => {
        yes.disabled = true;
        try {
            await api('needs/' + need.id, {method: 'DELETE'});
            await load();
            status.textContent = t('institution.delete.done', need.title);
            document.getElementById('needs-heading').focus();
        } catch (e) {
            yes.disabled = false;
            question.textContent = describe(e);
        }
    });
}

async function closeNeed(need, button) {
    button.disabled = true;
    try {
        const saved = await api('needs/' + need.id, {method: 'PUT', body: {...need, status: 'CLOSED'}});
        await load();
        status.textContent = t('institution.list.closed', saved.title);
        const card = document.getElementById('need-' + need.id);
        (card ? card.querySelector('h3') : document.getElementById('needs-heading')).focus();
    } catch (e) {
        button.disabled = false;
        status.textContent = e.status === 409 ? t('institution.error.conflict') : describe(e);
    }
}

function card(need) {
    const proposals = h('div', {class: 'need-proposals', 'aria-busy': 'true'},
        h('p', {class: 'hint'}, t('common.loading')));
    const actions = h('div', {class: 'actions'},
        h('button', {type: 'button', class: 'secondary', id: 'edit-' + need.id,
            'aria-label': t('institution.need.editLabel', need.title),
            onclick: event => openEditor(need, event.currentTarget)}, t('common.edit')),
        need.status === 'OPEN' ? h('button', {type: 'button', class: 'secondary', id: 'close-' + need.id,
            'aria-label': t('institution.need.closeLabel', need.title),
            onclick: event => closeNeed(need, event.currentTarget)}, t('institution.need.close')) : null,
        h('button', {type: 'button', class: 'secondary delete-need', id: 'delete-' + need.id,
            'aria-label': t('institution.need.deleteLabel', need.title),
            onclick: () => confirmDelete(need, actions)}, t('common.delete')));
    const tags = requirementTags(need);
    const element = h('li', {class: 'card need', id: 'need-' + need.id},
        h('h3', {tabindex: '-1'}, need.title, ' ',
            h('span', {class: 'badge need-status-' + need.status.toLowerCase()}, t('institution.status.' + need.status))),
        h('p', {class: 'meta'}, [need.venueName, scheduleText(need)].filter(Boolean).join(' · ')),
        h('p', {class: 'meta'}, periodText(need), ' · ', t('institution.need.needed', need.volunteersNeeded || 1)),
        need.description ? h('p', {}, need.description) : null,
        tags.length ? h('p', {class: 'meta'}, t('institution.need.requires'), ' ',
            h('span', {class: 'requirements'}, tags.join(', '))) : null,
        proposals, actions);
    proposalsOf(need, proposals);
    return element;
}

async function load() {
    listElement.setAttribute('aria-busy', 'true');
    status.textContent = t('common.loading');
    try {
        const page = await api('needs', {query: {status: filter.value, limit: 200,
            municipality: me.role === 'INSTITUTION' ? null : me.municipality}});
        const needs = page.items || [];
        listElement.replaceChildren(...needs.map(card));
        status.textContent = needs.length ? t('institution.list.count', needs.length) : t('institution.list.empty');
    } catch (e) {
        listElement.replaceChildren();
        status.textContent = describe(e);
    }
    listElement.removeAttribute('aria-busy');
}

await load();
