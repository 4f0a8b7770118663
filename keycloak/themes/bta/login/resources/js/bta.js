// BTA: after the user name step Keycloak's pages show the name in a read-only field whose label points at a field
// "username" that is not on the page (keycloak.v2's template.ftl). Point the label at the field shown, so that
// screen readers announce it and axe finds every field labelled (WCAG 1.3.1, 4.1.2).
document.addEventListener('DOMContentLoaded', () => {
  const shown = document.getElementById('kc-attempted-username');
  const label = document.querySelector('label[for="username"]');
  if (shown && label && !document.getElementById('username')) label.htmlFor = shown.id;
});
