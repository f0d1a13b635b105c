// Every CSS selector of portal markup, as data: the Azure shell (header, theme), the Microsoft 365
// admin center's header and the support form's controls. Code elsewhere in lib/ takes them from here.
export * from './azure-shell';
export * from './m365-shell';
export * from './support-form';
