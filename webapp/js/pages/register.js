// "Bli frivillig": a new volunteer signs up with their profile and weekly availability in one go, and is then
// signed in and taken to "Min side". The account and the profile are created together, or not at all.
import {api, boot, h, signedIn, t} from '../app.js';
import {announce, submitting} from '../forms.js';
import {WeekEditor} from '../weekgrid.js';
import {checkedValues, freeTags, numberOrNull, renderInterests, renderLanguages} from './volunteer-fields.js';

const {me} = await boot({page: 'register'});

const form = document.getElementById('register-form');
if (me) {
    // Already signed in: registering again would make a second person.
    form.before(h('p', {class: 'notice', role: 'status'}, t('volunteer.register.alreadySignedIn')));
}

const municipality = document.getElementById('municipality');
const area = document.getElementById('area');
const languages = document.getElementById('language-checks');
const interests = document.getElementById('interest-checks');
renderLanguages(languages, ['no']);
await renderInterests(interests, []);
const week = new WeekEditor(document.getElementById('availability-editor'),
    {id: 'availability', legendKey: 'volunteer.field.availability'});
// On this page the editor sits right under the h1, so its list heading is the next level down.
const listHeading = document.querySelector('#availability .week-list-heading');
listHeading.replaceWith(h('h2', {class: 'week-list-heading'}, listHeading.textContent));

const municipalities = await api('municipalities', {query: {limit: 100}}).catch(() => ({items: []}));
municipality.append(...(municipalities.items || [])
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
    .map(m => h('option', {value: m.slug}, m.name)));

async function loadAreas() {
    const slug = municipality.value;
    area.replaceChildren(h('option', {value: ''},
        t(slug ? 'volunteer.field.areaAny' : 'volunteer.field.chooseMunicipalityFirst')));
    area.disabled = !slug;
    if (!slug) {
        return;
    }
    const areas = await api('areas', {query: {municipality: slug, limit: 200}}).catch(() => ({items: []}));
    area.append(...(areas.items || []).sort((a, b) => a.name.localeCompare(b.name, 'nb'))
        .map(a => h('option', {value: String(a.id)}, a.name)));
}
municipality.addEventListener('change', loadAreas);
form.removeAttribute('aria-busy');

form.addEventListener('submit', async event => {
    event.preventDefault();
    announce(form, t('volunteer.register.sending'));
    const chosen = checkedValues(interests);
    const body = {
        username: form.username.value.trim(),
        password: form.password.value,
        name: form.name.value.trim(),
        municipality: municipality.value || null,
        area: area.value ? Number(area.value) : null,
        phone: form.phone.value.trim() || null,
        languages: checkedValues(languages),
        interests: [...chosen, ...freeTags(document.getElementById('other-interests').value, chosen)],
        availability: week.value(),
        hasCar: document.getElementById('hasCar').checked,
        maxTravelKm: numberOrNull(document.getElementById('maxTravelKm'))
    };
    const user = await submitting(form, async () => {
        try {
            return await api('auth/register', {method: 'POST', body});
        } catch (e) {
            if (e.status === 409) {
                // The e-mail has an account already: say so at the e-mail field, in the reader's language.
                throw {status: 409, problem: {errors: [{field: 'username', message: 'already exists'}]}};
            }
            throw e;
        }
    });
    if (!user) {
        announce(form, '');
        return;
    }
    announce(form, t('volunteer.register.done'));
    signedIn(user);
    location.assign('/volunteer.html?welcome=1');
});
