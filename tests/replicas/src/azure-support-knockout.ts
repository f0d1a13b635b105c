import ko from 'knockout';
import { COUNTRIES, SUPPORT_TEXTS, TIME_ZONES, type ReplicaLanguage } from './_support-texts';

/**
 * The classic (Knockout) blade variant of the Additional details step, rendered in the portal's
 * top document: `.azc-form-label` labels not tied to their controls, inputs inside
 * `.fxc-weave-pccontrol`, dropdown items `div[role="treeitem"]`, radios `li[role="radio"]`
 * (portal-facts: C). Bound to real Knockout observables.
 */
interface MountOptions {
  language: ReplicaLanguage;
  prefillEmail?: string;
}

function dropdownModel(choices: readonly string[], placeholder: string) {
  const value = ko.observable('');
  const open = ko.observable(false);
  return {
    value,
    open,
    options: choices,
    shown: ko.pureComputed(() => value() || placeholder),
    toggle: () => open(!open()),
    choose: (choice: string) => {
      value(choice);
      open(false);
    },
  };
}

const STYLE = `
  .ko-form { font: 14px "Segoe UI", sans-serif; max-width: 560px; }
  .fxc-section-row { display: grid; grid-template-columns: 220px 1fr; align-items: start; margin: 6px 0; }
  .azc-dropdown { border: 1px solid #8a8886; padding: 4px 8px; cursor: pointer; min-height: 20px; }
  .azc-placeholder { color: #605e5c; }
  [role="tree"] { border: 1px solid #c8c6c4; background: #fff; }
  [role="treeitem"] { padding: 4px 8px; cursor: pointer; }
  [role="treeitem"]:hover { background: #f3f2f1; }
  ul[role="radiogroup"] { list-style: none; padding: 0; margin: 0; display: flex; gap: 16px; }
  li[role="radio"] { cursor: pointer; }
  li[role="radio"][aria-checked="true"]::before { content: "● "; }
  li[role="radio"][aria-checked="false"]::before { content: "○ "; }
`;

function row(label: string, control: string): string {
  return `<div class="fxc-section-row"><div class="azc-form-label">${label}</div><div class="fxc-weave-pccontrol">${control}</div></div>`;
}

function dropdownMarkup(model: string): string {
  return `<div class="azc-dropdown" role="combobox" tabindex="0" data-bind="click: ${model}.toggle, attr: { 'aria-expanded': ${model}.open() ? 'true' : 'false' }">
      <span class="azc-dropdown-value" data-bind="text: ${model}.shown, css: { 'azc-placeholder': !${model}.value() }"></span>
    </div>
    <div role="tree" data-bind="visible: ${model}.open, foreach: ${model}.options">
      <div role="treeitem" data-bind="text: $data, click: $parent.${model}.choose"></div>
    </div>`;
}

export function mountKnockoutSupportForm(container: HTMLElement, options: MountOptions): { dispose(): void } {
  const texts = SUPPORT_TEXTS[options.language];
  const style = document.createElement('style');
  style.textContent = STYLE;
  document.head.append(style);
  const contactMethod = ko.observable('');
  const model = {
    supportPlan: dropdownModel(texts.plans, texts.select),
    severity: dropdownModel(texts.severities, texts.select),
    supportLanguage: dropdownModel(texts.languages, texts.select),
    country: dropdownModel(COUNTRIES, texts.select),
    timeZone: dropdownModel(TIME_ZONES, texts.select),
    contactMethod,
    methods: [texts.email_option, texts.phone_option],
    pickMethod: (method: string) => contactMethod(method),
    firstName: ko.observable(''),
    lastName: ko.observable(''),
    email: ko.observable(options.prefillEmail ?? ''),
    additionalEmail: ko.observable(''),
    phone: ko.observable(''),
  };
  container.innerHTML = `<div class="ko-form">
    <h3>${texts.supportMethod}</h3>
    ${row(texts.supportPlan, dropdownMarkup('supportPlan'))}
    ${row(texts.severity, dropdownMarkup('severity'))}
    ${row(
      texts.preferredContactMethod,
      `<ul role="radiogroup" data-bind="foreach: methods"><li role="radio" data-bind="text: $data, attr: { 'aria-checked': $parent.contactMethod() === $data ? 'true' : 'false' }, click: $parent.pickMethod"></li></ul>`,
    )}
    ${row(texts.supportLanguage, dropdownMarkup('supportLanguage'))}
    <h3>${texts.contactInfo}</h3>
    ${row(texts.firstName, '<input class="azc-input" type="text" data-bind="textInput: firstName" />')}
    ${row(texts.lastName, '<input class="azc-input" type="text" data-bind="textInput: lastName" />')}
    ${row(texts.email, '<input class="azc-input" type="email" data-bind="value: email" />')}
    ${row(texts.additionalEmail, '<input class="azc-input" type="text" data-bind="value: additionalEmail" />')}
    ${row(texts.phone, '<input class="azc-input" type="tel" data-bind="textInput: phone" />')}
    ${row(texts.country, dropdownMarkup('country'))}
    ${row(texts.timeZone, dropdownMarkup('timeZone'))}
  </div>`;
  ko.applyBindings(model, container);
  const publish = () => {
    (window as unknown as { __replicaState: Record<string, string> }).__replicaState = {
      supportPlan: model.supportPlan.value(),
      severity: model.severity.value(),
      supportLanguage: model.supportLanguage.value(),
      country: model.country.value(),
      timeZone: model.timeZone.value(),
      contactMethod: model.contactMethod(),
      firstName: model.firstName(),
      lastName: model.lastName(),
      email: model.email(),
      additionalEmail: model.additionalEmail(),
      phone: model.phone(),
    };
  };
  const everything = ko.computed(() => {
    publish();
    return null;
  });
  publish();
  return {
    dispose() {
      everything.dispose();
      ko.cleanNode(container);
      container.innerHTML = '';
      style.remove();
    },
  };
}
