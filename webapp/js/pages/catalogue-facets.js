// The search's facet counts as buttons that narrow it: "turgåing (3)", "Stavern (1)". Values already chosen and
// groups that cannot narrow anything are left out, so every button changes the result.
import {h, numberText, t} from '../app.js';

const GROUPS = ['type', 'municipality', 'area', 'interest', 'targetGroup', 'weekday'];

function label(group, value, municipalityName) {
    switch (group) {
        case 'type': return t('catalogue.type.' + value);
        case 'weekday': return t('day.' + value);
        case 'municipality': return municipalityName(value);
        default: return value;
    }
}

/** The filter a facet value sets: weekday counts set the day, and the area facet names an area whose key we need. */
function filterFor(group, value, areas) {
    switch (group) {
        case 'weekday': return ['day', value];
        case 'area': {
            const area = areas.find(a => a.name === value);
            return area ? ['area', area.key] : null;
        }
        default: return [group, value];
    }
}

/** Draws the facets into the container; narrow(name, value) applies one; about: the counts are estimates. */
export function renderFacets(container, counts, {state, areas, municipalityName, narrow, about = false}) {
    const groups = GROUPS.map(group => {
        const values = Object.entries(counts[group] || {})
            .map(([value, n]) => ({value, n, filter: filterFor(group, value, areas)}))
            .filter(({n, filter}) => n > 0 && filter && state[filter[0]] !== filter[1]);
        if (values.length === 0 || (group === 'area' && !state.municipality) || (group === 'type' && values.length < 2)) {
            return null;
        }
        return h('div', {class: 'facet-group'},
            h('h3', {}, t('catalogue.facet.' + group)),
            h('ul', {class: 'facet-list'}, values.map(({value, n, filter}) => h('li', {},
                h('button', {type: 'button', class: 'secondary facet', dataset: {group, value},
                    onclick: () => narrow(...filter)},
                    about ? t('catalogue.facet.valueAbout', label(group, value, municipalityName), numberText(n, 0))
                        : t('catalogue.facet.value', label(group, value, municipalityName), n))))));
    }).filter(Boolean);
    container.replaceChildren(groups.length === 0 ? '' : h('details', {class: 'facets'},
        h('summary', {}, t('catalogue.facet.heading')), groups));
}
